-- one row per customer (business id), month, contact channel, direction and region (the customer version in force at the
-- contacts): the contacts, those with a duration and the durations' sum, and the region of the customer's active stretch
-- holding the month (mart_customer_active_span; null: not active in it), which the service report's channels view groups for
-- whole months (contacts_marts.sql, active_months_marts.sql) instead of joining every contact to its customer and the
-- stretches per request. Recomputed for the customers of the contacts fct_contact rebuilt (batch_fact_contacts: every
-- customer a landed contact was ever given, so a contact moved to another customer leaves the old one's months too), of
-- this run's orders (batch_order_days: before and after the rebuild; their stretches move) and with a landed customer
-- version (batch_customers: a new version moves contacts and stretches to another region): the customers
-- mart_customer_active_span recomputes, and those of the contacts.
-- reads the mart mart_customer_active_span (built before it, for the same customers)
-- inputs: fct_contact, dim_customer, stg_contacts, mart_customer_active_span, batch_fact_contacts, batch_order_days, batch_customers
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
        spans.region as active_region
    from customer_months as m
    left join spans on spans.customer_id = m.customer_id and m.month_start between spans.start_month and spans.end_month
)

select * from final
order by month_start, customer_id;
