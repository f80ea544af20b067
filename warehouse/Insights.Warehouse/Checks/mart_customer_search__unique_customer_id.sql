-- unique: one row per customer and word, and one name per customer
select customer_id, word, count(*) as copies
from mart_customer_search
group by customer_id, word
having count(*) > 1
union all
select customer_id, null, count(distinct full_name || coalesce(email, ''))
from mart_customer_search
group by customer_id
having count(distinct full_name || coalesce(email, '')) > 1
