-- unique: one row per customer and day (checked for the customers of the orders this run rebuilt; a --full run checks all)
select customer_id, purchase_on, count(*) as copies
from mart_customer_purchase_day
where customer_id in (select customer_id from mart_customer_order where order_id in (select order_id from batch_mart_orders))
group by customer_id, purchase_on
having count(*) > 1
