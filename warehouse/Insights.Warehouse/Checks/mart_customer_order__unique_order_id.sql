-- unique: one row per completed order (checked for the orders this run rebuilt; a --full run checks all)
select order_id, count(*) as copies
from mart_customer_order
where order_id in (select order_id from batch_mart_orders)
group by order_id
having count(*) > 1
