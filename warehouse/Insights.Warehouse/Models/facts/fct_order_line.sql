-- one row per order line, keyed to the customer version in force when the order was placed
-- rebuilt for this run's orders, and for orders placed by a customer whose version changed from that change on
create or replace temp table batch_fact_orders as
select order_id from batch_orders
union
select orders.order_id
from stg_orders as orders
join batch_customer_rekey as rekey on rekey.customer_id = orders.customer_id and orders.ordered_at >= rekey.since;

-- the months these orders sat in before the rebuild (the mart recomputes them, and the months they sit in after)
create or replace temp table batch_months as
select distinct date_trunc('month', ordered_at)::date as month_start
from fct_order_line
where order_id in (select order_id from batch_fact_orders);

delete from fct_order_line
where order_id in (select order_id from batch_fact_orders);

insert into fct_order_line by name
with lines as (
    select * from stg_order_lines
    where order_id in (select order_id from batch_fact_orders)
    qualify row_number() over (partition by order_id, line_number order by _run_id desc) = 1
),

orders as (
    select * from stg_orders
    where order_id in (select order_id from batch_fact_orders)
    qualify row_number() over (partition by order_id order by updated_at desc nulls last, _run_id desc) = 1
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

insert into batch_months
select distinct date_trunc('month', ordered_at)::date
from fct_order_line
where order_id in (select order_id from batch_fact_orders);
