-- every customer's model figures in mart_segment_customer, copied from the model marts the after-load scoring step has just
-- rewritten (CustomerScoresStep runs this in the same transaction): P(alive), expected purchases, CLV and overdue from
-- mart_customer_score (null: no score row), the next-best offer and the top 3 offers (sorted, each closed by chr(31) on both
-- sides; chr(31): none) from mart_customer_offer, the categories the customer is overdue in (as the top 3, migration 0042)
-- from mart_customer_category_overdue. Only the rows whose figures changed are written (migration 0031).
update mart_segment_customer as c
set p_alive = n.p_alive, expected_purchases_90d = n.expected_purchases_90d, clv_amount = n.clv_amount, is_overdue = n.is_overdue,
    top_offer = n.top_offer, top3_offers = n.top3_offers, overdue_categories = n.overdue_categories
from (
    select
        m.customer_id,
        s.p_alive,
        s.expected_purchases_90d,
        s.clv_amount,
        s.is_overdue,
        o.top_offer,
        coalesce(o.top3_offers, chr(31)) as top3_offers,
        coalesce(d.overdue_categories, chr(31)) as overdue_categories
    from mart_segment_customer as m
    left join mart_customer_score as s on s.customer_id = m.customer_id
    left join (
        select
            customer_id,
            any_value(item) filter (where offer_rank = 1) as top_offer,
            chr(31) || array_to_string(list_sort(list(item)), chr(31)) || chr(31) as top3_offers
        from mart_customer_offer
        where offer_rank <= 3
        group by customer_id
    ) as o on o.customer_id = m.customer_id
    left join (
        select customer_id, chr(31) || array_to_string(list_sort(list(category)), chr(31)) || chr(31) as overdue_categories
        from mart_customer_category_overdue
        group by customer_id
    ) as d on d.customer_id = m.customer_id
    where m.p_alive is distinct from s.p_alive
       or m.expected_purchases_90d is distinct from s.expected_purchases_90d
       or m.clv_amount is distinct from s.clv_amount
       or m.is_overdue is distinct from s.is_overdue
       or m.top_offer is distinct from o.top_offer
       or m.top3_offers is distinct from coalesce(o.top3_offers, chr(31))
       or m.overdue_categories is distinct from coalesce(d.overdue_categories, chr(31))
) as n
where n.customer_id = c.customer_id
