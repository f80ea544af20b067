-- one row per customer with at least one complaint, and one per customer with at least one return: read once per warehouse
-- state, so that a profile skips the read of a kind the customer has none of (at SF10 19% of customers have a complaint and
-- 33% a return: most first views would read an empty range of mart_customer_complaint and mart_customer_return)
select 'complaint' as kind, customer_id
from mart_customer_complaint
group by customer_id

union all

select 'return' as kind, customer_id
from mart_customer_return
group by customer_id
