-- one row per distinct set of categories among the completed orders in [$from, $to] (null = open) of the customers in RFM
-- segment $segment (null: all) and of saved segment $segment_id's members (null: all): the set as the load's mask
-- (mart_order_category_mask, bits as mart_basket_category numbers them) and how many orders hold exactly that set. The
-- same orders basket_masks.sql groups at category level (BasketQueryTests compares them), without grouping 17 M (order,
-- category) rows into 6.5 M orders per view at SF10: the load wrote each order's mask once.
select category_mask, count(*) as count_orders
from mart_order_category_mask
where in_period(ordered_at, $from, $to)
  and ($segment::varchar is null or customer_id in (select customer_id from mart_customer_rfm where segment = $segment::varchar))
  and ($segment_id::integer is null or customer_id in (select customer_id from app_segment_member where segment_id = $segment_id::integer))
group by category_mask
order by category_mask
