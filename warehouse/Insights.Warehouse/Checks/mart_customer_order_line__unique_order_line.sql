-- unique: one row per order line (checked for the orders this run rebuilt; a --full run checks all)
select order_id, line_number, count(*) as copies
from mart_customer_order_line
where order_id in (select order_id from batch_fact_orders)
group by order_id, line_number
having count(*) > 1
