-- unique: one row per month and key pair, each the sum of mart_opportunity_pair_day's rows of that month (checked for the
-- months of this run's orders; a --full run checks all)
with months as (
    select month_start, key_a, key_b, count(*) as copies, sum(count_orders) as count_orders, sum(net_amount) as net_amount
    from mart_opportunity_pair_month
    where month_start in (select month_start from batch_months)
    group by month_start, key_a, key_b
),

days as (
    select date_trunc('month', ordered_on)::date as month_start, key_a, key_b, sum(count_orders) as count_orders,
           sum(net_amount) as net_amount
    from mart_opportunity_pair_day
    where date_trunc('month', ordered_on)::date in (select month_start from batch_months)
    group by all
)

select coalesce(m.month_start, d.month_start) as month_start, coalesce(m.key_a, d.key_a) as key_a,
       coalesce(m.key_b, d.key_b) as key_b, m.copies, m.count_orders, d.count_orders as day_orders
from months as m
full join days as d on d.month_start = m.month_start and d.key_a is not distinct from m.key_a and d.key_b is not distinct from m.key_b
where m.copies is null or d.count_orders is null or m.copies > 1
   or m.count_orders <> d.count_orders or m.net_amount <> d.net_amount
