-- one row per product pair (key_a < key_b), day and customer (business id) who bought both in one completed order that day:
-- the orders holding both and the pair's net in them (see migration 0070). The customers of the unbundled pairs a period's
-- view lists are counted from these rows, and mart_opportunity_pair_day sums them per day. Recomputed for the days of this
-- run's orders (batch_order_days: where an order sat before and after the rebuild); every day under $full (a pending build,
-- migration 0070, is one: the table is not read for emptiness, which a world of one-product orders would keep forever). Rows
-- are written sorted by pair within a slice, so a lookup of a few pairs skips part of the table.
-- inputs: fct_order_line, dim_customer, batch_order_days

-- the days rebuilt, each with its slice of 31 days in date order: the pairs of every day at once, a self-join of 20 M order
-- lines at SF10, would run out of DuckDB's memory on a first load (as mart_opportunity_pair_customer's did); an order's lines
-- all sit on its day, so a slice of days joins only its own lines
create or replace temp table batch_opportunity_pair_days as
with chosen as (
    select distinct ordered_at::date as ordered_on from fct_order_line where $full
    union
    select ordered_on from batch_order_days where not $full
)

select ordered_on, ((dense_rank() over (order by ordered_on) - 1) // 31)::integer as slice
from chosen;

create or replace temp table batch_slices as
select distinct slice from batch_opportunity_pair_days;

delete from mart_opportunity_pair_customer_day
where $full or ordered_on in (select ordered_on from batch_opportunity_pair_days);

-- once per slice
insert into mart_opportunity_pair_customer_day by name
with days as (
    select ordered_on from batch_opportunity_pair_days where slice = $slice
),

-- as the page computes them (unbundled_pairs.sql): one row per completed order, customer and product, with its day
order_items as (
    select lines.order_id, customers.customer_id, lines.ordered_at::date as ordered_on, lines.product_key,
           sum(lines.net_amount) as net_amount
    from fct_order_line as lines
    join dim_customer as customers on customers.customer_key = lines.customer_key
    where lines.order_status = 'completed'
      and lines.ordered_at >= (select min(ordered_on) from days)
      and lines.ordered_at < (select max(ordered_on) from days) + interval 1 day
      and lines.ordered_at::date in (select ordered_on from days)
    group by lines.order_id, customers.customer_id, lines.ordered_at::date, lines.product_key
),

final as (
    select
        a.product_key as key_a,
        b.product_key as key_b,
        a.ordered_on,
        a.customer_id,
        count(*) as count_orders,
        sum(a.net_amount + b.net_amount) as net_amount
    from order_items as a
    join order_items as b on b.order_id = a.order_id and b.product_key > a.product_key
    group by a.product_key, b.product_key, a.ordered_on, a.customer_id
)

select * from final
order by key_a, key_b, ordered_on, customer_id;
