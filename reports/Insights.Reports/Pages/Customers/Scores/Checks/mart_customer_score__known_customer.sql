-- relationship: every scored customer is a customer of the warehouse
select scores.customer_id
from mart_customer_score as scores
where not exists (select 1 from dim_customer as customers where customers.customer_id = scores.customer_id)
