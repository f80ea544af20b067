-- one row per contact in the period [from_date, to_date] (whole days; null = open at that end) of a customer in region_name
-- (the customer version in force at the contact) and current RFM segment segment_name (null: any), with its channel: the
-- contacts the service report's channels and contacts-lead-to views start from (a shared rule, as in migration 0014)
create or replace macro period_contacts(from_date, to_date, region_name, segment_name) as table
select
    f.contact_id,
    f.contacted_at,
    f.direction,
    f.duration_seconds,
    c.customer_id,
    ch.channel_key,
    ch.channel_code,
    ch.channel_name,
    ch.crm_face
from fct_contact as f
join dim_customer as c on c.customer_key = f.customer_key
join dim_channel as ch on ch.channel_key = f.channel_key
left join mart_customer_rfm as r on r.customer_id = c.customer_id
where in_period(f.contacted_at, from_date, to_date)
  and (region_name::varchar is null or c.region = region_name::varchar)
  and (segment_name::varchar is null or r.segment = segment_name::varchar);
