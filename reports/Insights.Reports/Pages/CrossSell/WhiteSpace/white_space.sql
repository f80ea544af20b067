-- one row per current RFM segment × product category: the segment's customers, how many bought the category (completed orders
-- in the period), its penetration, the benchmark (the penetration among the customers of every other segment), and the
-- cross-sell gap: missing buyers = max(0, benchmark − penetration) × customers, valued at the category's net spend per buyer.
-- With saved segment $segment_id (null: everyone) only its members count, everywhere: the sizes, the buyers, the benchmark
-- (among the members of the other RFM segments) and the spend per buyer.
-- The purchases are read from mart_customer_category_order (one row per completed order and category, kept by the load in
-- the same transaction as the order lines): the same customers, categories and net amounts as the completed order lines of
-- the period (period_lines, migration 0014: an order's lines share its time), without joining every line to its customer
-- and product versions.
-- the segments are grouped by their rank (ref_rfm_segment: one rank per segment) and named at the end, as in
-- white_space_masks.sql: an integer key groups the period's millions of rows about twice as fast as the segment's name
with purchases as (
    select customer_id, category, sum(net_amount) as net_amount
    from mart_customer_category_order
    where in_period(ordered_at, $from, $to)
    group by all
),

segments as (
    select customer_id, segment_rank from mart_customer_rfm
    where ($segment_id::integer is null or customer_id in (select customer_id from app_segment_member where segment_id = $segment_id::integer))
),

segment_sizes as (
    select segment_rank, count(*) as count_customers from segments group by segment_rank
),

cells as (
    select s.segment_rank, p.category, count(*) as count_buyers, sum(p.net_amount) as net_amount
    from purchases as p
    join segments as s on s.customer_id = p.customer_id
    group by all
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
    cross join (select distinct category from purchases) as k
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
