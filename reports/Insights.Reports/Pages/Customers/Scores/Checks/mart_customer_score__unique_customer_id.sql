-- unique: one row of scores per customer (the profile, the segments and the offers read one)
select customer_id, count(*) as copies
from mart_customer_score
group by customer_id
having count(*) > 1
