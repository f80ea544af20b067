-- unique: one row per day and product pair (key_a < key_b), per day and product (key_a = key_b) and per day (both keys null),
-- and the pair rows are the sums of mart_opportunity_pair_customer_day's (checked for the months of this run's orders; a
-- --full run checks all)
with days as (
    select ordered_on, key_a, key_b, count(*) as copies, sum(count_orders) as count_orders
    from mart_opportunity_pair_day
    where date_trunc('month', ordered_on)::date in (select month_start from batch_months)
    group by ordered_on, key_a, key_b
),

customers as (
    select ordered_on, key_a, key_b, sum(count_orders) as count_orders
    from mart_opportunity_pair_customer_day
    where date_trunc('month', ordered_on)::date in (select month_start from batch_months)
    group by ordered_on, key_a, key_b
)

select d.ordered_on, d.key_a, d.key_b, d.copies, d.count_orders, c.count_orders as customer_orders
from days as d
full join customers as c on c.ordered_on = d.ordered_on and c.key_a = d.key_a and c.key_b = d.key_b
where d.copies > 1
   or (d.key_a is null) <> (d.key_b is null)
   or d.key_a > d.key_b
   or (c.ordered_on is null and d.key_a < d.key_b)
   or (d.ordered_on is null)
   or d.count_orders <> c.count_orders
