-- one row per type-2 version of the customer (none for an unknown id): the current version is the profile, and the timeline's
-- attribute changes are the differences between consecutive versions (the first is the customer as first known). One read for
-- both: dim_customer is in customer order, so its zonemaps skip every other customer's row groups. Unordered: the page puts the
-- few versions in order (valid_from, then customer_key) itself, since a sort in DuckDB costs more than the read (see
-- docs/performance-history.md, "Customers").
select
    customer_id,
    full_name,
    preferred_name,
    email,
    region,
    signup_channel,
    signed_up_at,
    is_inferred,
    is_current,
    valid_from,
    customer_key
from dim_customer
where customer_id = $id
