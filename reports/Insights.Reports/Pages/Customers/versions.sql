-- one row per type-2 version of the customer, oldest first: the timeline's attribute changes are the differences between
-- consecutive versions (the first is the customer as first known)
select customer_key, valid_from, full_name, preferred_name, email, region, signup_channel, is_inferred
from dim_customer
where customer_id = $id
order by valid_from, customer_key
