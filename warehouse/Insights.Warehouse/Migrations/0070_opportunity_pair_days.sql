-- The unbundled pairs of a period from the load (issue 22's first view <= 1 s at SF10): a view with a period computed them by
-- joining the period's completed lines to themselves (a year of SF10: 9 M lines, 13.6 s). These tables keep the pairs per day,
-- so such a view sums a day table and counts the customers of the pairs it lists. Left empty here and named in
-- etl_model_pending (migration 0035): the models (Models/marts/mart_opportunity_pair_customer_day.sql, mart_opportunity_pair_day.sql)
-- fill them at the next `etl run`, even one that lands nothing; until then, and for a view with a saved segment, the page
-- computes the pairs from the lines as before.

-- one row per product pair (key_a < key_b), day and customer (business id) who bought both in a completed order that day: the
-- orders holding both and the pair's net in them; the customers of a listed pair in a period are counted from these rows
create table mart_opportunity_pair_customer_day (
    key_a          bigint not null,
    key_b          bigint not null,
    ordered_on     date not null,
    customer_id    integer not null,
    count_orders   bigint not null,
    net_amount     decimal(18, 2) not null
);

-- one row per day and product pair bought together in completed orders (key_a < key_b), per day and product (key_a = key_b:
-- the orders holding it) and per day (both keys null: the day's completed orders), with the net in those orders: a period's
-- pairs, the orders holding each product and the orders in all are sums of these rows
create table mart_opportunity_pair_day (
    ordered_on     date not null,
    key_a          bigint,
    key_b          bigint,
    count_orders   bigint not null,
    net_amount     decimal(18, 2) not null
);

-- the next load builds them in full
insert into etl_model_pending (model) values
    ('mart_opportunity_pair_customer_day'),
    ('mart_opportunity_pair_day');

-- the rule of migration 0039 (last in this file, as in 0039: ModelGraphTests read a macro's text to the end of its migration),
-- with the pair's product keys as two more columns (after the six the lists show), so a period's listed pairs can be looked up
-- by key; and the bundle test found by joins: 0039 compared every pair with every product's name (a nested loop: 35,000 pairs
-- x 400 products took 0.6 s of a year's 1 s at SF10), here each pair's products are matched once with the products whose
-- name contains theirs, and a pair is bundled when one such product covers both. The same rule: a third product (neither of
-- the two) whose name contains both names, case aside.
create or replace macro opportunity_unbundled_pairs(pairs, item_orders, order_count) as table
with names as (
    select product_key, product_name, lower(product_name) as lower_name from dim_product
),

paired_products as (
    select key_a as product_key from query_table(pairs)
    union
    select key_b from query_table(pairs)
),

-- product_key's name is contained in cover_key's (another product)
covers as (
    select p.product_key, x.product_key as cover_key
    from names as p
    join names as x on x.product_key <> p.product_key and contains(x.lower_name, p.lower_name)
    where p.product_key in (select product_key from paired_products)
),

bundled as (
    select distinct a.product_key as key_a, b.product_key as key_b
    from covers as a
    join covers as b on b.cover_key = a.cover_key and b.product_key > a.product_key
),

final as (
    select
        pa.product_name as name_a,
        pb.product_name as name_b,
        p.count_orders,
        p.count_customers,
        p.net_amount,
        p.count_orders * o.n / (ia.count_orders * ib.count_orders) as lift,
        p.key_a,
        p.key_b
    from query_table(pairs) as p
    cross join query_table(order_count) as o
    join query_table(item_orders) as ia on ia.product_key = p.key_a
    join query_table(item_orders) as ib on ib.product_key = p.key_b
    join names as pa on pa.product_key = p.key_a
    join names as pb on pb.product_key = p.key_b
    anti join bundled as x on x.key_a = p.key_a and x.key_b = p.key_b
)

select * from final
where lift > 1;
