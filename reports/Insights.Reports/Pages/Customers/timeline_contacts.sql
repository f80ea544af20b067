-- one row per contact with the customer, newest first, at most $limit; total: how many there are in all.
-- mart_customer_contact is fct_contact in customer order: its zonemaps skip every other customer's row groups.
select
    contacts.contact_id,
    contacts.contacted_at,
    channels.channel_name,
    contacts.direction,
    contacts.topic,
    contacts.duration_seconds,
    count(*) over () as total
from mart_customer_contact as contacts
join dim_channel as channels on channels.channel_key = contacts.channel_key
where contacts.customer_id = $id
order by contacts.contacted_at desc, contacts.contact_id desc
limit $limit
