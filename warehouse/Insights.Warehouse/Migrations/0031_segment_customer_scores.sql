-- The segment builder's model conditions (CLV, P(alive), expected purchases, overdue, next-best offer) and the preview's mean
-- CLV read the after-load model marts. A preview joined mart_customer_score to mart_segment_customer by customer id (1 M rows
-- each at SF10) and tested the offers with a semi-join to mart_customer_offer: the segments with model conditions took 2-3
-- times as long as the others in `bench segments` (docs/reports/segments.md). The figures are now copied into the segment
-- row, so a preview reads one table:
--   * the model mart_segment_customer copies them for the customers a load recomputes (from the marts as they are then, which
--     are what a preview joined to until the scores are rewritten);
--   * the after-load scoring step (CustomerScoresStep) copies them for everyone in the same transaction as it rewrites the
--     model marts (Pages/Segments/segment_customer_scores.sql), so a reader never sees the copies differ from the marts.
alter table mart_segment_customer add column p_alive double;                 -- mart_customer_score's (null: no score, or untrusted)
alter table mart_segment_customer add column expected_purchases_90d double;
alter table mart_segment_customer add column clv_amount double;
alter table mart_segment_customer add column is_overdue boolean;             -- null: no score row (a condition reads it as false)
alter table mart_segment_customer add column top_offer varchar;              -- mart_customer_offer's item of offer_rank 1 (null: none)
-- the items of offer_rank 1 to 3, sorted, each closed by chr(31) on both sides as order_channels and categories (chr(31): none)
alter table mart_segment_customer add column top3_offers varchar;

-- the rows there are now: everyone's figures as the model marts hold them
update mart_segment_customer as c
set p_alive = n.p_alive, expected_purchases_90d = n.expected_purchases_90d, clv_amount = n.clv_amount, is_overdue = n.is_overdue,
    top_offer = n.top_offer, top3_offers = n.top3_offers
from (
    select
        m.customer_id,
        s.p_alive,
        s.expected_purchases_90d,
        s.clv_amount,
        s.is_overdue,
        o.top_offer,
        coalesce(o.top3_offers, chr(31)) as top3_offers
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
) as n
where n.customer_id = c.customer_id;
