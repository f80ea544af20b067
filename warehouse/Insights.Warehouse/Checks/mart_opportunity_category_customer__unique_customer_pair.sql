-- unique: one row per customer and category pair (category_a < category_b); checked for the customers of this run's orders
-- and landed customers (a --full run checks all)
select customer_id, category_a, category_b, count(*) as copies
from mart_opportunity_category_customer
where customer_id in (select customer_id from batch_order_days union select customer_id from batch_customers)
group by customer_id, category_a, category_b
having count(*) > 1 or min(category_a < category_b) = false
