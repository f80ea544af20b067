-- one row per pair of products bought together in at least 10 completed orders of the whole history, with lift above 1, that
-- no bundle covers (no third product whose name contains both names): the opportunities page's unbundled pairs for everyone
-- and every day (see migration 0038), summed from the per-customer rows, with the same arithmetic as the page's
-- unbundled_pairs.sql. The page keeps the pairs with its own $min_orders (10 or more) and orders them as the computation does.
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
),

final as (
    select
        pa.product_name as name_a,
        pb.product_name as name_b,
        p.count_orders,
        p.count_customers,
        p.net_amount,
        p.count_orders * o.n / (ia.count_orders * ib.count_orders) as lift
    from pairs as p
    cross join order_count as o
    join item_orders as ia on ia.product_key = p.key_a
    join item_orders as ib on ib.product_key = p.key_b
    join dim_product as pa on pa.product_key = p.key_a
    join dim_product as pb on pb.product_key = p.key_b
    where not exists (
        select 1 from dim_product as x
        where x.product_key not in (p.key_a, p.key_b)
          and contains(lower(x.product_name), lower(pa.product_name))
          and contains(lower(x.product_name), lower(pb.product_name))
    )
)

select * from final
where lift > 1;
