-- one row per day and product pair bought together in completed orders (key_a < key_b: sums of
-- mart_opportunity_pair_customer_day), per day and product (key_a = key_b: the orders holding it) and per day (both keys
-- null: the day's completed orders), with the net in those orders (see migration 0070). The unbundled pairs of a period, the
-- orders holding each product and the orders in all are sums of these rows. Recomputed for the days of this run's orders
-- (batch_order_days); every day under $full (a pending build, migration 0070, is one).
-- inputs: fct_order_line, mart_opportunity_pair_customer_day, batch_order_days

-- the days rebuilt, each with its slice of 31 days in date order (a day's rows come from its own lines and pair rows)
create or replace temp table batch_opportunity_product_days as
with chosen as (
    select distinct ordered_at::date as ordered_on from fct_order_line where $full
    union
    select ordered_on from batch_order_days where not $full
)

select ordered_on, ((dense_rank() over (order by ordered_on) - 1) // 31)::integer as slice
from chosen;

create or replace temp table batch_slices as
select distinct slice from batch_opportunity_product_days;

delete from mart_opportunity_pair_day
where $full or ordered_on in (select ordered_on from batch_opportunity_product_days);

-- once per slice
insert into mart_opportunity_pair_day by name
with days as (
    select ordered_on from batch_opportunity_product_days where slice = $slice
),

order_items as (
    select order_id, ordered_at::date as ordered_on, product_key, sum(net_amount) as net_amount
    from fct_order_line
    where order_status = 'completed'
      and ordered_at >= (select min(ordered_on) from days)
      and ordered_at < (select max(ordered_on) from days) + interval 1 day
      and ordered_at::date in (select ordered_on from days)
    group by order_id, ordered_at::date, product_key
),

pairs as (
    select ordered_on, key_a, key_b, sum(count_orders) as count_orders, sum(net_amount) as net_amount
    from mart_opportunity_pair_customer_day
    where ordered_on in (select ordered_on from days)
    group by ordered_on, key_a, key_b
),

items as (
    select ordered_on, product_key as key_a, product_key as key_b, count(*) as count_orders, sum(net_amount) as net_amount
    from order_items
    group by ordered_on, product_key
),

orders as (
    select ordered_on, null::bigint as key_a, null::bigint as key_b, count(distinct order_id) as count_orders, 0 as net_amount
    from order_items
    group by ordered_on
),

final as (
    select * from pairs
    union all
    select * from items
    union all
    select * from orders
)

select * from final
order by ordered_on, key_a nulls first, key_b nulls first;
