-- one row per pair of categories bought together in completed orders of the whole history, comparing the earlier and the
-- later half (split at the midpoint between the first and last order day): the opportunities page's rising pairs for
-- everyone and every day (see migration 0038), with the same arithmetic as the page's rising_pairs.sql. Order counts and net
-- are sums of the day rows (the macro opportunity_rising_day_sums, migration 0070); the later half's customers are those whose last day with the pair falls after the split. The
-- page keeps the pairs with its $min_orders in the later half. Rebuilt whole after every build of its inputs.
-- inputs: mart_opportunity_category_day, mart_opportunity_category_customer
delete from mart_opportunity_rising;

insert into mart_opportunity_rising by name
-- the halves' sums: the rule the page's periods read too (migration 0070)
with sums as (
    select * from opportunity_rising_day_sums(null, null)
),

pair_customers as (
    select c.category_a, c.category_b, count(*) filter (where c.last_on > (select any_value(mid_on) from sums)) as count_customers
    from mart_opportunity_category_customer as c
    group by c.category_a, c.category_b
),

final as (
    select
        p.category_a,
        p.category_b,
        p.count_early,
        p.count_late,
        opportunity_share(p.count_early, p.early_orders) as share_early,
        opportunity_share(p.count_late, p.late_orders) as share_late,
        opportunity_growth(p.count_early, p.early_orders, p.count_late, p.late_orders) as growth,
        coalesce(k.count_customers, 0) as count_customers,
        p.net_amount
    from sums as p
    left join pair_customers as k on k.category_a = p.category_a and k.category_b = p.category_b
)

select * from final;
