-- relationships: every current customer is searchable under its current name and e-mail, and nobody else is (the customers
-- this run landed; a --full run checks all)
select coalesce(current_versions.customer_id, search.customer_id) as customer_id
from (select * from dim_customer where is_current) as current_versions
full join mart_customer_search as search on search.customer_id = current_versions.customer_id
where (current_versions.customer_id in (select customer_id from batch_customers)
       or search.customer_id in (select customer_id from batch_customers))
  and (search.customer_id is null or current_versions.customer_id is null
       or search.full_name is distinct from current_versions.full_name
       or search.preferred_name is distinct from current_versions.preferred_name
       or search.email is distinct from current_versions.email
       or search.region is distinct from current_versions.region)
