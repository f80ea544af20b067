-- one row per completed order and product category (see migration 0011), rebuilt for the batch step's batch_mart_orders
-- (this run's orders, and orders with a product whose master row this run landed: its category may have changed);
-- mart_customer_order.sql sums these rows per order for the same batch; every order under $full (a pending build,
-- migration 0044, fills the table whole)
-- inputs: fct_order_line, dim_customer, dim_channel, dim_product, batch_mart_orders

delete from mart_customer_category_order
where $full or order_id in (select order_id from batch_mart_orders);

insert into mart_customer_category_order by name
with lines as (
    select * from fct_order_line
    where ($full or order_id in (select order_id from batch_mart_orders))
      and order_status = 'completed'
),

final as (
    select
        -- ids
        customers.customer_id,
        lines.order_id,
        -- dates
        min(lines.ordered_at) as ordered_at,
        -- attributes (the channel is the order's)
        min(channels.channel_code) as channel_code,
        products.category,
        -- numerics
        sum(lines.net_amount)::decimal(18, 2) as net_amount,
        coalesce(sum(lines.net_amount) filter (where not lines.is_discounted), 0)::decimal(18, 2) as full_price_amount
    from lines
    join dim_customer as customers on customers.customer_key = lines.customer_key
    join dim_channel as channels on channels.channel_key = lines.channel_key
    join dim_product as products on products.product_key = lines.product_key
    group by customers.customer_id, lines.order_id, products.category
)

select * from final;
