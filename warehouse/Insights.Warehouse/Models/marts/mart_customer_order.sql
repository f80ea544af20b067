-- one row per completed order (see migration 0011): the order's category rows summed, for the orders
-- mart_customer_category_order.sql rebuilt this run (batch_mart_orders)
-- the customers and days of these orders before the rebuild, and (appended below) after it: the per-customer marts after this
-- one (totals, purchase days) recompute exactly these
create or replace temp table batch_order_days as
select customer_id, ordered_at::date as ordered_on from mart_customer_order
where order_id in (select order_id from batch_mart_orders);

delete from mart_customer_order
where order_id in (select order_id from batch_mart_orders);

insert into mart_customer_order by name
with category_rows as (
    select * from mart_customer_category_order
    where order_id in (select order_id from batch_mart_orders)
),

final as (
    select
        -- ids
        customer_id,
        order_id,
        -- dates
        min(ordered_at) as ordered_at,
        -- attributes
        min(channel_code) as channel_code,
        -- numerics
        sum(net_amount)::decimal(18, 2) as net_amount,
        sum(full_price_amount)::decimal(18, 2) as full_price_amount
    from category_rows
    group by customer_id, order_id
)

select * from final;

-- (a full build recomputes every customer and day without them)
insert into batch_order_days
select customer_id, ordered_at::date from mart_customer_order
where not $full and order_id in (select order_id from batch_mart_orders);
