-- one row per return of a completed order line (see migration 0034), with the line's day of sale, region (its customer
-- version), customer (business id) and product: the returns view without a segment filter reads its reasons, its returned
-- quantities and refunds, and the customers who return most from these rows instead of joining every line of the period.
-- Recomputed for the returns fct_return rebuilt (batch_fact_returns: this run's returns and those of rebuilt orders, so a line
-- cancelled, moved or re-keyed takes its returns along); every return under $full or while the table is empty.
-- inputs: fct_return, fct_order_line, dim_customer, batch_fact_returns
delete from mart_sale_return
where return_id in (select return_id from batch_fact_returns);

insert into mart_sale_return by name
with returns as (
    select * from fct_return
    where $full or not exists (select 1 from mart_sale_return)
       or return_id in (select return_id from batch_fact_returns)
),

final as (
    select
        -- ids
        returns.return_id,
        -- the line's sale
        lines.ordered_at::date as sold_on,
        customers.region,
        customers.customer_id,
        lines.product_key,
        -- the return
        returns.reason,
        returns.quantity,
        returns.refund_amount
    from returns
    join fct_order_line as lines on lines.order_id = returns.order_id and lines.line_number = returns.line_number
    join dim_customer as customers on customers.customer_key = lines.customer_key
    where lines.order_status = 'completed'
)

select * from final;
