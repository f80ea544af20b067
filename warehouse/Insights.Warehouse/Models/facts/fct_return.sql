-- one row per return, keyed to the customer version and product of the returned order line
-- rebuilt for this run's returns, and for returns of orders rebuilt in this run (batch_fact_returns)
-- inputs: stg_returns, stg_order_lines, stg_orders, dim_customer, dim_product, batch_fact_returns
delete from fct_return
where return_id in (select return_id from batch_fact_returns);

insert into fct_return by name
with returns as (
    select * from stg_returns
    where return_id in (select return_id from batch_fact_returns)
    qualify row_number() over (partition by return_id order by _run_id desc) = 1
),

lines as (
    select order_id, line_number, product_id from stg_order_lines
    where order_id in (select order_id from returns)
    qualify row_number() over (partition by order_id, line_number order by _run_id desc) = 1
),

orders as (
    select order_id, customer_id, ordered_at from stg_orders
    where order_id in (select order_id from returns)
    qualify row_number() over (partition by order_id order by updated_at desc nulls last, _run_id desc) = 1
),

customers as (
    select customer_key, customer_id, valid_from, valid_to from dim_customer
),

products as (
    select product_key, product_id from dim_product
),

final as (
    select
        -- ids
        returns.return_id,
        returns.order_id,
        returns.line_number,
        -- keys
        (year(returns.returned_at) * 10000 + month(returns.returned_at) * 100 + day(returns.returned_at))::integer as return_date_key,
        customers.customer_key,
        products.product_key,
        -- attributes
        returns.reason,
        -- numerics
        returns.quantity,
        returns.refund_amount::decimal(12, 2) as refund_amount,
        -- timestamps
        returns.returned_at
    from returns
    left join lines on lines.order_id = returns.order_id and lines.line_number = returns.line_number
    left join orders on orders.order_id = returns.order_id
    left join customers
        on customers.customer_id = orders.customer_id
       and orders.ordered_at >= customers.valid_from and orders.ordered_at < customers.valid_to
    left join products on products.product_id = lines.product_id
)

select * from final;
