-- unique: one row per customer, all scored on the same as-of date
select customer_id, count(*) as copies
from mart_customer_rfm
group by customer_id
having count(*) > 1
union all
select null, count(distinct as_of_date)
from mart_customer_rfm
having count(distinct as_of_date) > 1
