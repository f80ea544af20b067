-- empties the per-customer marts before they are written again (in the same transaction as the new rows)
delete from mart_customer_score;
delete from mart_customer_offer;
delete from mart_customer_category_overdue;
delete from mart_category_cycle;
delete from mart_customer_score_fit;
