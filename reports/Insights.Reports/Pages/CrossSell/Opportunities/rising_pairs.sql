-- one row per pair of categories bought together in completed orders, comparing the earlier and the later half of the period
-- (split at the midpoint between its first and last order day): the share of orders holding both in each half, the growth,
-- and the later half's customers and net revenue of the pair (at least $min_orders orders in the later half); with saved
-- segment $segment_id (null: everyone) only its members' orders count
-- each completed order's categories in [$from, $to] (null = open) with the order's customer, day and net per category: read
-- from mart_customer_category_order (one row per completed order and category, kept by the load in the same transaction as
-- the order lines), the rows period_lines (migration 0014) grouped by order, customer, day and category gave before, without
-- joining SF10's 20.6 M lines to their customer and product versions and grouping them per view
with order_categories as (
    select order_id, customer_id, ordered_at::date as ordered_on, category, net_amount
    from mart_customer_category_order
    where in_period(ordered_at, $from, $to)
      and ($segment_id::integer is null or customer_id in (select customer_id from app_segment_member where segment_id = $segment_id::integer))
),

split as (
    select min(ordered_on) + ((max(ordered_on) - min(ordered_on)) // 2)::integer as mid_on from order_categories
),

halves as (
    select o.*, o.ordered_on > s.mid_on as is_late from order_categories as o cross join split as s
),

order_counts as (
    select count(*) filter (where not is_late) as early_orders, count(*) filter (where is_late) as late_orders
    from (select distinct order_id, is_late from halves)
),

-- two plain aggregations instead of count(distinct): they spill to disk within DuckDB's memory limit
pair_customers as (
    select
        a.category as category_a,
        b.category as category_b,
        a.customer_id,
        a.is_late,
        count(*) as count_orders,
        sum(a.net_amount + b.net_amount) as net_amount
    from halves as a
    join halves as b on b.order_id = a.order_id and b.category > a.category
    group by a.category, b.category, a.customer_id, a.is_late
),

pairs as (
    select
        category_a,
        category_b,
        coalesce(sum(count_orders) filter (where not is_late), 0)::bigint as count_early,
        coalesce(sum(count_orders) filter (where is_late), 0)::bigint as count_late,
        count(*) filter (where is_late) as count_customers,
        coalesce(sum(net_amount) filter (where is_late), 0)::double as net_amount
    from pair_customers
    group by category_a, category_b
)

select
    p.category_a,
    p.category_b,
    p.count_early,
    p.count_late,
    opportunity_share(p.count_early, c.early_orders) as share_early,
    opportunity_share(p.count_late, c.late_orders) as share_late,
    opportunity_growth(p.count_early, c.early_orders, p.count_late, c.late_orders) as growth,
    p.count_customers,
    p.net_amount
from pairs as p
cross join order_counts as c
where p.count_late >= $min_orders
order by growth desc nulls first, p.count_late desc, p.category_a, p.category_b
limit $limit
