-- one row per pair of products bought together in at least 10 completed orders of the whole history, with lift above 1, that
-- no bundle covers (no third product whose name contains both names): the opportunities page's unbundled pairs for everyone
-- and every day (see migration 0038), summed from the per-customer rows, with the page's rule (the macro
-- opportunity_unbundled_pairs, migration 0039). The page keeps the pairs with its own $min_orders (10 or more) and orders them as the computation does.
-- Rebuilt whole after every build of its inputs (a few seconds at SF10: 34 M per-customer rows).
-- inputs: mart_opportunity_pair_customer, dim_product
delete from mart_opportunity_pair;

insert into mart_opportunity_pair by name
-- each aggregation reads the table itself: a CTE read three times would be materialised whole (55 M rows at SF10)
with order_count as (
    select coalesce(sum(count_orders), 0)::bigint as n from mart_opportunity_pair_customer where key_a is null
),

item_orders as (
    select key_a as product_key, sum(count_orders)::bigint as count_orders
    from mart_opportunity_pair_customer
    where key_a = key_b
    group by key_a
),

pairs as (
    select key_a, key_b, sum(count_orders)::bigint as count_orders, count(*) as count_customers, sum(net_amount)::double as net_amount
    from mart_opportunity_pair_customer
    where key_a < key_b
    group by key_a, key_b
    having sum(count_orders) >= 10
)

-- lift above 1 and no bundle covering the pair: the page's rule (migration 0039)
select * exclude (key_a, key_b) from opportunity_unbundled_pairs(pairs, item_orders, order_count);
