-- one row per customer (business id), month, contact channel, direction and region (the customer version in force at the
-- contacts): the contacts, those with a duration and the durations' sum, and the region of the customer's active stretch
-- holding the month (mart_customer_active_span; null: not active in it), which the service report's channels view groups for
-- whole months (contacts_marts.sql, active_months_marts.sql) instead of joining every contact to its customer and the
-- stretches per request. Recomputed for the customers of the contacts fct_contact rebuilt (batch_fact_contacts: every
-- customer a landed contact was ever given, so a contact moved to another customer leaves the old one's months too), of
-- this run's orders (batch_order_days: before and after the rebuild; their stretches move) and with a landed customer
-- version (batch_customers: a new version moves contacts and stretches to another region): the customers
-- mart_customer_active_span recomputes, and those of the contacts. Each row also carries the month of the customer's previous
-- row per grouping of the view, with and without the region (migration 0053): a customer's rows are all recomputed together,
-- so these stay true.
-- reads the mart mart_customer_active_span (built before it, for the same customers)
-- inputs: fct_contact, dim_customer, dim_channel, stg_contacts, mart_customer_active_span, batch_fact_contacts, batch_order_days, batch_customers
create or replace temp table batch_contact_month_customers as
select customer_id from stg_contacts
where contact_id in (select contact_id from batch_fact_contacts)
union
select customer_id from batch_order_days
union
select customer_id from batch_customers;

delete from mart_contact_month
where customer_id in (select customer_id from batch_contact_month_customers);

insert into mart_contact_month by name
with contacts as (
    select
        c.customer_id,
        date_trunc('month', f.contacted_at)::date as month_start,
        f.channel_key,
        f.direction,
        c.region,
        f.duration_seconds
    from fct_contact as f
    join dim_customer as c on c.customer_key = f.customer_key
    where $full or c.customer_id in (select customer_id from batch_contact_month_customers)
),

customer_months as (
    select
        customer_id,
        month_start,
        channel_key,
        direction,
        region,
        count(*) as count_contacts,
        count(duration_seconds) as count_with_duration,
        sum(duration_seconds)::bigint as total_duration_seconds
    from contacts
    group by customer_id, month_start, channel_key, direction, region
),

spans as (
    select customer_id, region, start_month, end_month from mart_customer_active_span
    where $full or customer_id in (select customer_id from batch_contact_month_customers)
),

stretch_months as (
    select m.*, spans.region as active_region
    from customer_months as m
    left join spans on spans.customer_id = m.customer_id and m.month_start between spans.start_month and spans.end_month
),

-- the previous row's month per grouping (one order of a customer's rows: the first row of a grouping within a month range is
-- then the one whose previous row lies before the range)
with_previous as (
    select
        m.*,
        lag(m.month_start) over (partition by m.customer_id order by m.month_start, m.channel_key, m.direction, m.region)
            as prev_customer_month,
        lag(m.month_start) over (partition by m.customer_id, m.channel_key order by m.month_start, m.direction, m.region)
            as prev_channel_month,
        lag(m.month_start) over (partition by m.customer_id, ch.crm_face order by m.month_start, m.channel_key, m.direction, m.region)
            as prev_face_month,
        lag(m.month_start) over (partition by m.customer_id, m.direction order by m.month_start, m.channel_key, m.region)
            as prev_direction_month,
        lag(m.month_start) over (partition by m.customer_id, m.channel_key, m.direction order by m.month_start, m.region)
            as prev_channel_direction_month,
        lag(m.month_start) over (partition by m.customer_id, m.region order by m.month_start, m.channel_key, m.direction)
            as prev_customer_region_month,
        lag(m.month_start) over (partition by m.customer_id, m.channel_key, m.region order by m.month_start, m.direction)
            as prev_channel_region_month,
        lag(m.month_start) over (partition by m.customer_id, ch.crm_face, m.region order by m.month_start, m.channel_key, m.direction)
            as prev_face_region_month,
        lag(m.month_start) over (partition by m.customer_id, m.direction, m.region order by m.month_start, m.channel_key)
            as prev_direction_region_month,
        lag(m.month_start) over (partition by m.customer_id, m.channel_key, m.direction, m.region order by m.month_start)
            as prev_channel_direction_region_month
    from stretch_months as m
    join dim_channel as ch on ch.channel_key = m.channel_key
),

final as (
    select
        -- ids
        m.customer_id,
        -- dates
        m.month_start,
        -- keys and attributes the view filters and groups by
        m.channel_key,
        m.direction,
        m.region,
        -- numerics
        m.count_contacts,
        m.count_with_duration,
        m.total_duration_seconds,
        -- the active stretch holding the month (stretches of a customer never share a month)
        m.active_region,
        -- the previous row's month per grouping (migration 0053)
        m.prev_customer_month,
        m.prev_channel_month,
        m.prev_face_month,
        m.prev_direction_month,
        m.prev_channel_direction_month,
        m.prev_customer_region_month,
        m.prev_channel_region_month,
        m.prev_face_region_month,
        m.prev_direction_region_month,
        m.prev_channel_direction_region_month
    from with_previous as m
)

select * from final
order by month_start, customer_id;
