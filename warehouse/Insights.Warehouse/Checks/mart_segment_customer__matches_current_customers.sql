-- relationships: one row per current customer, in the current region and sign-up channel, and nobody else (all customers:
-- a cheap anti-join at a million rows)
select coalesce(current_versions.customer_id, segments.customer_id) as customer_id
from (select * from dim_customer where is_current) as current_versions
full join mart_segment_customer as segments on segments.customer_id = current_versions.customer_id
where segments.customer_id is null or current_versions.customer_id is null
   or segments.region <> current_versions.region
   or segments.signup_channel <> current_versions.signup_channel
