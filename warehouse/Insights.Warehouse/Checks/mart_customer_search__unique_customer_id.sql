-- unique: one row per customer
select customer_id, count(*) as copies
from mart_customer_search
group by customer_id
having count(*) > 1
