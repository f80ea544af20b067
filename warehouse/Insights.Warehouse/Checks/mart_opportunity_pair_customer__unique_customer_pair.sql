-- unique: one row per customer and product pair (key_a < key_b), per customer and product (key_a = key_b) and per customer
-- (both keys null); checked for the customers of this run's orders and landed customers (a --full run checks all)
select customer_id, key_a, key_b, count(*) as copies
from mart_opportunity_pair_customer
where customer_id in (select customer_id from batch_order_days union select customer_id from batch_customers)
group by customer_id, key_a, key_b
having count(*) > 1
