-- uniqueness: one row per customer and category overdue
select customer_id, category
from mart_customer_category_overdue
group by customer_id, category
having count(*) > 1
