-- columns in raw_customers order; timestamps as UTC
select customer_id, full_name, preferred_name, email, region, signup_channel, signed_up_at, updated_at
from customers
