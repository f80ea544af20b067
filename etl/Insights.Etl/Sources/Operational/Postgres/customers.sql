-- columns in raw_customers order; {since} is the cursor minus the late-commit window (or -infinity on a full load)
select customer_id, full_name, preferred_name, email, region, signup_channel, signed_up_at, updated_at
from customers
where updated_at >= {since}
