-- how many rows export_rows.sql gives for a member source (its members in the current customer dimension); the placeholder as there
select count(distinct source.customer_id)
from ({members}) as source
join dim_customer as customers on customers.customer_id = source.customer_id and customers.is_current
