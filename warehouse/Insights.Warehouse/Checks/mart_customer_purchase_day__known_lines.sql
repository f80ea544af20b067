-- relationships: each purchase day of a checked customer (of this run's orders; a --full run checks all) has completed order
-- lines that day in fct_order_line, under one of the customer's versions in dim_customer, adding up to the day's figures
with days as (
    select customer_id, purchase_on, count_lines, net_amount
    from mart_customer_purchase_day
    where customer_id in (select customer_id from mart_customer_order where order_id in (select order_id from batch_mart_orders))
),

lines as (
    select customers.customer_id, lines.ordered_at::date as purchase_on, count(*) as count_lines, sum(lines.net_amount) as net_amount
    from fct_order_line as lines
    join dim_customer as customers on customers.customer_key = lines.customer_key
    where lines.order_status = 'completed' and customers.customer_id in (select customer_id from days)
    group by all
)

select days.customer_id, days.purchase_on, days.count_lines, lines.count_lines as fact_lines
from days
left join lines using (customer_id, purchase_on)
where lines.customer_id is null or lines.count_lines <> days.count_lines or lines.net_amount <> days.net_amount
