-- one row per customer drawn for the page bench: $count current customers in an order fixed by $seed (a hash of the id), with
-- the names and e-mail the bench types its searches from
select customer_id, full_name, email
from dim_customer
where is_current
order by hash(customer_id, $seed), customer_id
limit $count
