-- unique: one row per completed order and product category (checked for the orders this run rebuilt; a --full run checks all)
select order_id, category, count(*) as copies
from mart_customer_category_order
where order_id in (select order_id from batch_mart_orders)
group by order_id, category
having count(*) > 1
