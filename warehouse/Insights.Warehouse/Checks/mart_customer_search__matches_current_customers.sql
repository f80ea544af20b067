-- relationships: every current customer is searchable under its current name and e-mail, and nobody else is (the customers
-- this run landed; a --full run checks all)
with search as (
    select customer_id, any_value(full_name) as full_name, any_value(preferred_name) as preferred_name,
           any_value(email) as email, any_value(region) as region
    from mart_customer_search
    where customer_id in (select customer_id from batch_customers)
    group by customer_id
)

select coalesce(current_versions.customer_id, search.customer_id) as customer_id
from (select * from dim_customer where is_current and customer_id in (select customer_id from batch_customers)) as current_versions
full join search on search.customer_id = current_versions.customer_id
where search.customer_id is null or current_versions.customer_id is null
   or search.full_name is distinct from current_versions.full_name
   or search.preferred_name is distinct from current_versions.preferred_name
   or search.email is distinct from current_versions.email
   or search.region is distinct from current_versions.region
