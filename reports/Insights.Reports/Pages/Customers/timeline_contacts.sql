-- one row per contact with the customer, in no order: the page puts them newest first (contacted_at, then contact_id; a sort
-- here cost more than the read), shows the first ones and counts them all (the channel's name from timeline_names.sql).
-- mart_customer_contact is fct_contact in customer order: its zonemaps skip every other customer's row groups.
select
    contact_id,
    contacted_at,
    channel_key,
    direction,
    topic,
    duration_seconds
from mart_customer_contact
where customer_id = $id
