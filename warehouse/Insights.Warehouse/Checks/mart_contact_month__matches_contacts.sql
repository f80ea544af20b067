-- relationships: every row of a checked customer (this run's: those of its contacts, its orders and its landed versions; a
-- --full run checks all) names a channel dim_channel knows, and its contacts and durations are those fct_contact holds for
-- the customer, month, channel, direction and region (a row left behind, or one missing, shows here)
with checked as (
    select customer_id from stg_contacts where contact_id in (select contact_id from batch_fact_contacts)
    union select customer_id from batch_order_days
    union select customer_id from batch_customers
),

facts as (
    select
        c.customer_id, date_trunc('month', f.contacted_at)::date as month_start, f.channel_key, f.direction, c.region,
        count(*) as count_contacts, count(f.duration_seconds) as count_with_duration, sum(f.duration_seconds)::bigint as total_duration_seconds
    from fct_contact as f
    join dim_customer as c on c.customer_key = f.customer_key
    where c.customer_id in (select customer_id from checked)
    group by all
),

marts as (
    select customer_id, month_start, channel_key, direction, region, count_contacts, count_with_duration, total_duration_seconds
    from mart_contact_month
    where customer_id in (select customer_id from checked)
      and channel_key in (select channel_key from dim_channel)
)

select coalesce(f.customer_id, m.customer_id) as customer_id, coalesce(f.month_start, m.month_start) as month_start,
    f.count_contacts as contacts_in_facts, m.count_contacts as contacts_in_mart
from facts as f
full join marts as m
    on m.customer_id = f.customer_id and m.month_start = f.month_start and m.channel_key = f.channel_key
   and m.direction = f.direction and m.region = f.region
where f.count_contacts is distinct from m.count_contacts
   or f.count_with_duration is distinct from m.count_with_duration
   or f.total_duration_seconds is distinct from m.total_duration_seconds
