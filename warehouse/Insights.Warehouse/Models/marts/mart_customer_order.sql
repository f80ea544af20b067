-- one row per completed order (see migration 0011): the order's category rows summed, for the orders
-- mart_customer_category_order.sql rebuilt this run (batch_mart_orders), every order under $full
-- inputs: mart_customer_category_order, batch_mart_orders
delete from mart_customer_order
where $full or order_id in (select order_id from batch_mart_orders);

insert into mart_customer_order by name
with category_rows as (
    select * from mart_customer_category_order
    where $full or order_id in (select order_id from batch_mart_orders)
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
