-- unique: one row per customer and category, and only categories the customer bought (count_orders >= 1)
select customer_id, category, count(*) as copies
from mart_segment_category
group by customer_id, category
having count(*) > 1 or min(count_orders) < 1
