-- relationships: each return this run rebuilt is in the table exactly when its line is a completed order line of a customer
-- version, with the return's quantity and refund and the line's day (a --full run checks all)
with expected as (
    select returns.return_id, lines.ordered_at::date as sold_on, returns.quantity, returns.refund_amount
    from fct_return as returns
    join fct_order_line as lines on lines.order_id = returns.order_id and lines.line_number = returns.line_number
    join dim_customer as customers on customers.customer_key = lines.customer_key
    where lines.order_status = 'completed' and returns.return_id in (select return_id from batch_fact_returns)
),

kept as (
    select return_id, sold_on, quantity, refund_amount from mart_sale_return
    where return_id in (select return_id from batch_fact_returns)
)

select coalesce(expected.return_id, kept.return_id) as return_id
from expected
full join kept on kept.return_id = expected.return_id
where expected.return_id is null or kept.return_id is null
   or kept.sold_on <> expected.sold_on or kept.quantity <> expected.quantity or kept.refund_amount <> expected.refund_amount
