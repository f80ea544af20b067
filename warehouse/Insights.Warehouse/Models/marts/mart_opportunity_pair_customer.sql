-- one row per customer (business id) and product pair bought together in a completed order (key_a < key_b), per customer and
-- product (key_a = key_b) and per customer (both keys null: the customer's completed orders); see migration 0038. What the
-- opportunities page's unbundled pairs are sums of: orders, customers (one row each) and net. Recomputed whole for the
-- customers of this run's orders (the batch step's batch_order_days: a customer's pairs span all their orders); every
-- customer under $full or while the table is empty (a warehouse migrated to 0038).
-- inputs: fct_order_line, dim_customer, batch_order_days

-- the customers rebuilt, each with its slice of ten times $chunk_customers customers in id order (200,000 by default; a
-- customer's pair rows are far smaller than their profile document): every customer under $full or while the table is empty,
-- else the run's. The pairs of every customer at once, a self-join of 20 M order lines at SF10, ran out of DuckDB's memory
-- on a first load; built a slice at a time (ModelRunner: batch_slices), the same rows.
create or replace temp table batch_opportunity_customers as
with rebuild_all as (
    select $full or not exists (select 1 from mart_opportunity_pair_customer) as is_all
),

chosen as (
    select customer_id from dim_customer where (select is_all from rebuild_all)
    union
    select customer_id from batch_order_days where not (select is_all from rebuild_all)
)

select customer_id, ((row_number() over (order by customer_id) - 1) // ($chunk_customers * 10))::integer as slice
from chosen;

create or replace temp table batch_slices as
select distinct slice from batch_opportunity_customers;

delete from mart_opportunity_pair_customer
where $full or customer_id in (select customer_id from batch_opportunity_customers);

-- once per slice
insert into mart_opportunity_pair_customer by name
with customers as (
    select customer_key, customer_id from dim_customer
    where customer_id in (select customer_id from batch_opportunity_customers where slice = $slice)
),

-- as the page reads them (unbundled_pairs.sql): one row per completed order, customer and product
order_items as (
    select lines.order_id, customers.customer_id, lines.product_key, sum(lines.net_amount) as net_amount
    from fct_order_line as lines
    join customers on customers.customer_key = lines.customer_key
    where lines.order_status = 'completed'
    group by lines.order_id, customers.customer_id, lines.product_key
),

pairs as (
    select
        a.product_key as key_a,
        b.product_key as key_b,
        a.customer_id,
        count(*) as count_orders,
        sum(a.net_amount + b.net_amount) as net_amount
    from order_items as a
    join order_items as b on b.order_id = a.order_id and b.product_key > a.product_key
    group by a.product_key, b.product_key, a.customer_id
),

items as (
    select product_key as key_a, product_key as key_b, customer_id, count(*) as count_orders, sum(net_amount) as net_amount
    from order_items
    group by product_key, customer_id
),

orders as (
    select null::bigint as key_a, null::bigint as key_b, customer_id, count(distinct order_id) as count_orders, 0 as net_amount
    from order_items
    group by customer_id
),

final as (
    select * from pairs
    union all
    select * from items
    union all
    select * from orders
)

select * from final;
