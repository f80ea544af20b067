-- one row per customer (business id) and product category bought in a completed order: the segment builder's "bought in
-- category ever / within N days / never" conditions read it as a semi-join (a few rows per customer, not their orders).
-- Rebuilt for the customers of this run's rebuilt orders (every landed version of those orders: where an order sat before
-- and after); a full build, or a table still empty (a warehouse migrated to 0019), rebuilds everyone.
-- This mart reads the mart mart_customer_category_order (already current for this run).
-- inputs: mart_customer_category_order, stg_orders, batch_mart_orders

create or replace temp table batch_segment_category_customers as
select distinct customer_id from mart_customer_category_order
where $full or not exists (select 1 from mart_segment_category)
union
select customer_id from stg_orders
where order_id in (select order_id from batch_mart_orders) and customer_id is not null;

delete from mart_segment_category
where customer_id in (select customer_id from batch_segment_category_customers);

-- the runner turns insertion order off for its big models; this table's category order is what lets a condition skip the
-- other categories' row groups, so it is kept here (a day's few customers add a small unsorted tail)
set session preserve_insertion_order = true;

insert into mart_segment_category by name
with orders as (
    select * from mart_customer_category_order
    where customer_id in (select customer_id from batch_segment_category_customers)
),

final as (
    select
        -- ids
        customer_id,
        category,
        -- dates
        min(ordered_at)::date as first_ordered_on,
        max(ordered_at)::date as last_ordered_on,
        -- numerics
        -- an order has one row per category here (the mart's grain, checked by its unique_order_category), so its rows
        -- count its orders: count(distinct order_id) cost a third of this model's aggregation
        count(*) as count_orders
    from orders
    group by customer_id, category
)

select * from final
order by category, last_ordered_on;

set session preserve_insertion_order = false;

drop table batch_segment_category_customers;
