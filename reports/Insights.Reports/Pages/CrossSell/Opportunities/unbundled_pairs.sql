-- one row per pair of products bought together in at least $min_orders completed orders of the period, with lift above 1,
-- that no bundle covers (no third product whose name contains both names); sized by orders, customers and the pair's net
-- revenue in those orders; with saved segment $segment_id (null: everyone) only its members' orders count (the lift too)
with order_items as (
    select f.order_id, c.customer_id, f.product_key, sum(f.net_amount) as net_amount
    from fct_order_line as f
    join dim_customer as c on c.customer_key = f.customer_key
    where f.order_status = 'completed'
      and in_period(f.ordered_at, $from, $to)
      and ($segment_id::integer is null or c.customer_id in (select customer_id from app_segment_member where segment_id = $segment_id::integer))
    group by f.order_id, c.customer_id, f.product_key
),

order_count as (
    select count(*) as n from (select distinct order_id from order_items)
),

item_orders as (
    select product_key, count(*) as count_orders from order_items group by product_key
),

-- two plain aggregations instead of count(distinct): they spill to disk within DuckDB's memory limit (SF10: 35 M pair rows)
pair_customers as (
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

pairs as (
    select key_a, key_b, sum(count_orders)::bigint as count_orders, count(*) as count_customers, sum(net_amount)::double as net_amount
    from pair_customers
    group by key_a, key_b
    having sum(count_orders) >= $min_orders
)

-- lift above 1 and no bundle covering the pair: the rule the load's mart_opportunity_pair applies too (migration 0039)
select name_a, name_b, count_orders, count_customers, net_amount, lift
from opportunity_unbundled_pairs(pairs, item_orders, order_count)
order by count_orders desc, net_amount desc, name_a, name_b
limit $limit
