-- one row per order line, keyed to the customer version in force when the order was placed
-- rebuilt for this run's orders, and for orders placed by a customer whose version changed from that change on
-- (batch_fact_orders), in the batch step's slices (chunk): the insert below runs once per slice, so a first load of tens of
-- millions of lines joins a slice at a time within the memory limit; a day's change is one slice
-- inputs: stg_order_lines, stg_orders, dim_customer, dim_product, dim_channel, batch_fact_orders
delete from fct_order_line
where order_id in (select order_id from batch_fact_orders);

insert into fct_order_line by name
with batch_lines as (
    select * from stg_order_lines
    where order_id in (select order_id from batch_fact_orders where chunk = $chunk)
),

-- latest version of a line landed more than once; an aggregate over the keys, not a window over whole rows, so it can spill
repeated_lines as (
    select order_id, line_number, max(_run_id) as _run_id
    from batch_lines
    group by order_id, line_number
    having count(*) > 1
),

lines as (
    select batch_lines.* from batch_lines
    left join repeated_lines using (order_id, line_number)
    where repeated_lines._run_id is null or repeated_lines._run_id = batch_lines._run_id
),

batch_order_versions as (
    select * from stg_orders
    where order_id in (select order_id from batch_fact_orders where chunk = $chunk)
),

repeated_orders as (
    select order_id, arg_max(_run_id, (coalesce(updated_at, timestamp '-infinity'), _run_id)) as _run_id
    from batch_order_versions
    group by order_id
    having count(*) > 1
),

orders as (
    select batch_order_versions.* from batch_order_versions
    left join repeated_orders using (order_id)
    where repeated_orders._run_id is null or repeated_orders._run_id = batch_order_versions._run_id
),

customers as (
    select customer_key, customer_id, valid_from, valid_to from dim_customer
),

products as (
    select product_key, product_id from dim_product
),

channels as (
    select channel_key, channel_code from dim_channel
),

final as (
    select
        -- ids
        lines.order_id,
        lines.line_number,
        -- keys
        (year(orders.ordered_at) * 10000 + month(orders.ordered_at) * 100 + day(orders.ordered_at))::integer as order_date_key,
        customers.customer_key,
        products.product_key,
        channels.channel_key,
        -- attributes
        orders.order_status,
        -- numerics
        lines.quantity,
        lines.unit_price_amount,
        -- a source that reports the line total (line_amount) is taken at its word
        coalesce(lines.line_amount + lines.discount_amount, lines.quantity * lines.unit_price_amount)::decimal(12, 2) as gross_amount,
        lines.discount_amount::decimal(12, 2) as discount_amount,
        coalesce(lines.line_amount, lines.quantity * lines.unit_price_amount - lines.discount_amount)::decimal(12, 2) as net_amount,
        lines.discount_amount > 0 as is_discounted,
        -- timestamps
        orders.ordered_at
    from lines
    left join orders on orders.order_id = lines.order_id
    left join customers
        on customers.customer_id = orders.customer_id
       and orders.ordered_at >= customers.valid_from and orders.ordered_at < customers.valid_to
    left join products on products.product_id = lines.product_id
    left join channels on channels.channel_code = orders.channel_code
)

select * from final;
