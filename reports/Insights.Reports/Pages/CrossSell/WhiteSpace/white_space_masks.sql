-- one row per current RFM segment × product category, as white_space.sql (the same columns, rows and order; the same
-- $from, $to and $segment_id), read from the load's category masks once they are built (mart_order_category_mask and its bits
-- in mart_basket_category, migration 0056; WhiteSpaceQuery asks basket_category_mart.sql): a segment's buyers of a category are
-- its customers whose masks of the period, or-ed together, hold the category's bit, so the 6.5 M orders of SF10 are grouped by
-- customer alone instead of its 17 M (order, category) rows by customer and category (the statement's biggest cost, about
-- 60% of its CPU); the net amounts are summed straight into the 132 segment × category cells. WhiteSpacePathsTests compares
-- the two statements.
-- grouped by the segment's rank (ref_rfm_segment: one rank per segment) and named at the end: an integer key groups the
-- period's millions of rows about twice as fast as the segment's name (SF10, 11 months: the amounts 0.75 → 0.40 s)
with segments as (
    select customer_id, segment_rank from mart_customer_rfm
    where ($segment_id::integer is null or customer_id in (select customer_id from app_segment_member where segment_id = $segment_id::integer))
),

segment_sizes as (
    select segment_rank, count(*) as count_customers from segments group by segment_rank
),

customer_masks as (
    select customer_id, bit_or(category_mask) as category_mask
    from mart_order_category_mask
    where in_period(ordered_at, $from, $to)
    group by customer_id
),

-- the categories bought in the period by anyone (member or not, segment or not), as white_space.sql's purchases
period_categories as (
    select b.category, b.bit
    from mart_basket_category as b
    where (((select bit_or(category_mask) from customer_masks) >> b.bit::ubigint) & 1::ubigint) = 1
),

buyers as (
    select s.segment_rank, k.category, count(*) as count_buyers
    from customer_masks as m
    join segments as s on s.customer_id = m.customer_id
    join period_categories as k on ((m.category_mask >> k.bit::ubigint) & 1::ubigint) = 1
    group by all
),

amounts as (
    select s.segment_rank, p.category, sum(p.net_amount) as net_amount
    from mart_customer_category_order as p
    join segments as s on s.customer_id = p.customer_id
    where in_period(p.ordered_at, $from, $to)
    group by all
),

cells as (
    select b.segment_rank, b.category, b.count_buyers, a.net_amount
    from buyers as b
    join amounts as a on a.segment_rank = b.segment_rank and a.category = b.category
),

grid as (
    select
        n.segment,
        k.category,
        z.count_customers,
        coalesce(c.count_buyers, 0) as count_buyers,
        coalesce(c.net_amount, 0) as net_amount
    from segment_sizes as z
    join (select distinct segment, segment_rank from ref_rfm_segment) as n on n.segment_rank = z.segment_rank
    cross join (select category from period_categories) as k
    left join cells as c on c.segment_rank = z.segment_rank and c.category = k.category
),

totals as (
    select
        category,
        sum(count_buyers) as all_buyers,
        sum(net_amount) as all_net_amount,
        (select sum(count_customers) from segment_sizes) as all_customers
    from grid
    group by category
),

final as (
    select
        g.segment,
        g.category,
        g.count_customers,
        g.count_buyers,
        g.count_buyers / g.count_customers as penetration,
        (t.all_buyers - g.count_buyers) / nullif(t.all_customers - g.count_customers, 0) as benchmark,
        t.all_net_amount::double / nullif(t.all_buyers, 0) as spend_per_buyer,
        g.net_amount::double as net_amount
    from grid as g
    join totals as t on t.category = g.category
)

select
    *,
    greatest(0, coalesce(benchmark, 0) - penetration) * count_customers as gap_customers,
    greatest(0, coalesce(benchmark, 0) - penetration) * count_customers * coalesce(spend_per_buyer, 0) as gap_amount
from final
order by segment, category
