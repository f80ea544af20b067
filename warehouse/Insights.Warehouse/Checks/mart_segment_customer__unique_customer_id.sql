-- unique: one row per customer
select customer_id, count(*) as copies
from mart_segment_customer
group by customer_id
having count(*) > 1
