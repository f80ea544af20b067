-- one row per day and category pair bought together in completed orders (the orders holding both, the pair's net in them),
-- and one row per day with both categories null (the day's completed orders); see migration 0038. The rising pairs' order
-- counts and net of either half are sums of these rows. Recomputed for the days of this run's orders (batch_order_days: where
-- an order sat before and after the rebuild); every day under $full or while the table is empty.
-- The (order, category) rows are mart_customer_category_order's, built earlier in the run from the same completed lines with
-- their customer and category: reading them instead of every order line joined to both dims again took most of this model's
-- time (an order's lines share its time and customer version, so its rows are the page's rows).
-- inputs: mart_customer_category_order, batch_order_days
create or replace temp table batch_opportunity_days as
select distinct ordered_on from batch_order_days;

delete from mart_opportunity_category_day
where $full or ordered_on in (select ordered_on from batch_opportunity_days);

insert into mart_opportunity_category_day by name
with rebuild_all as (
    select $full or not exists (select 1 from mart_opportunity_category_day) as is_all
),

-- as the page reads them (rising_pairs.sql): one row per completed order, customer, day and category
order_categories as (
    select order_id, customer_id, ordered_at::date as ordered_on, category, net_amount
    from mart_customer_category_order
    where (select is_all from rebuild_all)
       or (ordered_at >= (select min(ordered_on) from batch_opportunity_days)
           and ordered_at::date in (select ordered_on from batch_opportunity_days))
),

pair_days as (
    select a.ordered_on, a.category as category_a, b.category as category_b, count(*) as count_orders,
           sum(a.net_amount + b.net_amount) as net_amount
    from order_categories as a
    join order_categories as b on b.order_id = a.order_id and b.category > a.category
    group by a.ordered_on, a.category, b.category
),

order_days as (
    select ordered_on, null::varchar as category_a, null::varchar as category_b, count(distinct order_id) as count_orders,
           0 as net_amount
    from order_categories
    group by ordered_on
),

final as (
    select * from pair_days
    union all
    select * from order_days
)

select * from final;
