-- one row per customer (business id) and category pair bought together in a completed order: the last day they did (see
-- migration 0038). The rising pairs' customers of the later half are the rows whose last day falls after the split.
-- Recomputed whole for the customers of this run's orders (batch_order_days); every customer under $full or while the table
-- is empty.
-- The (order, category) rows are mart_customer_category_order's, built earlier in the run from the same completed lines with
-- their customer and category: reading them instead of every order line joined to both dims again took most of this model's
-- time (an order's lines share its time and customer version, so its rows are the page's rows).
-- inputs: mart_customer_category_order, batch_order_days
create or replace temp table batch_opportunity_category_customers as
select distinct customer_id from batch_order_days;

delete from mart_opportunity_category_customer
where $full or customer_id in (select customer_id from batch_opportunity_category_customers);

insert into mart_opportunity_category_customer by name
with rebuild_all as (
    select $full or not exists (select 1 from mart_opportunity_category_customer) as is_all
),

-- as the page reads them (rising_pairs.sql): one row per completed order, customer, day and category
order_categories as (
    select order_id, customer_id, ordered_at::date as ordered_on, category
    from mart_customer_category_order
    where (select is_all from rebuild_all) or customer_id in (select customer_id from batch_opportunity_category_customers)
),

final as (
    select a.category as category_a, b.category as category_b, a.customer_id, max(a.ordered_on) as last_on
    from order_categories as a
    join order_categories as b on b.order_id = a.order_id and b.category > a.category
    group by a.category, b.category, a.customer_id
)

select * from final;
