-- one row per pair of categories bought together in completed orders of the whole history, comparing the earlier and the
-- later half (split at the midpoint between the first and last order day): the opportunities page's rising pairs for
-- everyone and every day (see migration 0038), with the same arithmetic as the page's rising_pairs.sql. Order counts and net
-- are sums of the day rows; the later half's customers are those whose last day with the pair falls after the split. The
-- page keeps the pairs with its $min_orders in the later half. Rebuilt whole after every build of its inputs.
-- inputs: mart_opportunity_category_day, mart_opportunity_category_customer
delete from mart_opportunity_rising;

insert into mart_opportunity_rising by name
with order_days as (
    select ordered_on, count_orders from mart_opportunity_category_day where category_a is null
),

split as (
    select min(ordered_on) + ((max(ordered_on) - min(ordered_on)) // 2)::integer as mid_on from order_days
),

order_counts as (
    select
        coalesce(sum(d.count_orders) filter (where d.ordered_on <= s.mid_on), 0)::bigint as early_orders,
        coalesce(sum(d.count_orders) filter (where d.ordered_on > s.mid_on), 0)::bigint as late_orders
    from order_days as d
    cross join split as s
),

pair_days as (
    select
        d.category_a,
        d.category_b,
        coalesce(sum(d.count_orders) filter (where d.ordered_on <= s.mid_on), 0)::bigint as count_early,
        coalesce(sum(d.count_orders) filter (where d.ordered_on > s.mid_on), 0)::bigint as count_late,
        coalesce(sum(d.net_amount) filter (where d.ordered_on > s.mid_on), 0)::double as net_amount
    from mart_opportunity_category_day as d
    cross join split as s
    where d.category_a is not null
    group by d.category_a, d.category_b
),

pair_customers as (
    select c.category_a, c.category_b, count(*) filter (where c.last_on > s.mid_on) as count_customers
    from mart_opportunity_category_customer as c
    cross join split as s
    group by c.category_a, c.category_b
),

final as (
    select
        p.category_a,
        p.category_b,
        p.count_early,
        p.count_late,
        opportunity_share(p.count_early, c.early_orders) as share_early,
        opportunity_share(p.count_late, c.late_orders) as share_late,
        opportunity_growth(p.count_early, c.early_orders, p.count_late, c.late_orders) as growth,
        coalesce(k.count_customers, 0) as count_customers,
        p.net_amount
    from pair_days as p
    cross join order_counts as c
    left join pair_customers as k on k.category_a = p.category_a and k.category_b = p.category_b
)

select * from final;
