-- how many rows export_rows.sql gives for the members in export_members (those in the current customer dimension)
select count(distinct members.customer_id)
from export_members as members
join dim_customer as customers on customers.customer_id = members.customer_id and customers.is_current
