-- one row per level and customer (business id) with a completed order: their last purchase day, and each item's first
-- purchase day packed with the item's id (see migration 0067). The days are the ones sequence_item_days (migration 0050) reads
-- for the whole history: at category level from mart_customer_category_order, at product level from the completed order lines
-- with the product's name. Recomputed whole for the customers of this run's orders (the batch step's batch_order_days: a
-- first day spans all of a customer's orders, and an order whose product changed its name or category is among them); every
-- customer under $full.
-- inputs: mart_customer_category_order, fct_order_line, dim_customer, dim_product, mart_sequence_item, batch_order_days
create or replace temp table batch_sequence_customers as
select distinct customer_id from batch_order_days;

delete from mart_customer_item_sequence
where $full or customer_id in (select customer_id from batch_sequence_customers);

insert into mart_customer_item_sequence by name
with customers as (
    select customer_key, customer_id from dim_customer
    where $full or customer_id in (select customer_id from batch_sequence_customers)
),

category_days as (
    select 'category' as level, customer_id, category as item, min(purchase_on(ordered_at)) as first_on, max(purchase_on(ordered_at)) as last_on
    from mart_customer_category_order
    where $full or customer_id in (select customer_id from batch_sequence_customers)
    group by customer_id, category
),

product_days as (
    select 'product' as level, customers.customer_id, products.product_name as item,
        min(purchase_on(lines.ordered_at)) as first_on, max(purchase_on(lines.ordered_at)) as last_on
    from fct_order_line as lines
    join customers on customers.customer_key = lines.customer_key
    join dim_product as products on products.product_key = lines.product_key
    where lines.order_status = 'completed'
    group by customers.customer_id, products.product_name
),

item_days as (
    select * from category_days
    union all
    select * from product_days
),

final as (
    select
        -- ids
        days.level,
        days.customer_id,
        -- dates
        max(days.last_on) as last_on,
        -- the packed items: hex of id and day, 4 digits each, turned into bytes; null when one does not fit in 16 bits
        case when max(ids.item_id) < 65536
              and min(days.first_on) >= date '1970-01-01' and max(days.first_on) < date '1970-01-01' + 65536
            then unhex(string_agg(printf('%04x%04x', ids.item_id, datediff('day', date '1970-01-01', days.first_on)), ''))
        end as items
    from item_days as days
    join mart_sequence_item as ids on ids.level = days.level and ids.item = days.item
    group by days.level, days.customer_id
)

select * from final;
