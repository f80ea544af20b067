-- one row per month of the view: the filtered contacts, the active customers (a completed order in the month or the 12 months
-- before), the contacts those active customers made, and how many of them made a self-service (collaborative, portal) contact
-- months: those of [$from, $to], or where an end is open, from/to the month of the first/last filtered contact
-- region: the contact's customer version for contacts, the version in force at the month's end for active customers
-- the self-service count ignores $channel (adoption is about the portal whatever channel the view shows)
with base_contacts as (
    select
        date_trunc('month', f.contacted_at)::date as month_start,
        ch.channel_code,
        ch.crm_face,
        c.customer_id
    from fct_contact as f
    join dim_customer as c on c.customer_key = f.customer_key
    join dim_channel as ch on ch.channel_key = f.channel_key
    left join mart_customer_rfm as r on r.customer_id = c.customer_id
    where in_period(f.contacted_at, $from, $to)
      and ($region::varchar is null or c.region = $region::varchar)
      and ($segment::varchar is null or r.segment = $segment::varchar)
),

scope_contacts as (
    select * from base_contacts
    where $channel::varchar is null or channel_code = $channel::varchar
),

bounds as (
    select
        coalesce(date_trunc('month', $from::date)::date, min(month_start)) as first_month,
        coalesce(date_trunc('month', $to::date)::date, max(month_start)) as last_month
    from scope_contacts
),

months as (
    select unnest(generate_series(first_month::timestamp, last_month::timestamp, interval 1 month))::date as month_start
    from bounds
    where first_month is not null and last_month is not null
),

-- a customer's months with a completed order, from 12 months before the first month on
order_months as (
    select distinct customer_id, date_trunc('month', ordered_at)::date as order_month
    from mart_customer_order
    where ordered_at >= (select first_month from bounds) - interval 12 month
      and ordered_at < (select last_month from bounds) + interval 1 month
),

-- an order month makes the customer active in it and the 12 months after
active as (
    select distinct months.month_start, order_months.customer_id
    from order_months
    join months on months.month_start between order_months.order_month and order_months.order_month + interval 12 month
),

active_filtered as (
    select active.month_start, active.customer_id
    from active
    join dim_customer as c
        on c.customer_id = active.customer_id
       and c.valid_from < active.month_start + interval 1 month
       and c.valid_to >= active.month_start + interval 1 month
    left join mart_customer_rfm as r on r.customer_id = active.customer_id
    where ($region::varchar is null or c.region = $region::varchar)
      and ($segment::varchar is null or r.segment = $segment::varchar)
),

month_contacts as (
    select
        s.month_start,
        count(*) as count_contacts,
        count(a.customer_id) as count_active_contacts
    from scope_contacts as s
    left join active_filtered as a on a.month_start = s.month_start and a.customer_id = s.customer_id
    group by s.month_start
),

month_active as (
    select
        a.month_start,
        count(*) as count_active,
        count(p.customer_id) as count_active_self_service
    from active_filtered as a
    left join (select distinct month_start, customer_id from base_contacts where crm_face = 'collaborative') as p
        on p.month_start = a.month_start and p.customer_id = a.customer_id
    group by a.month_start
),

final as (
    select
        months.month_start,
        coalesce(mc.count_contacts, 0) as count_contacts,
        coalesce(mc.count_active_contacts, 0) as count_active_contacts,
        coalesce(ma.count_active, 0) as count_active,
        coalesce(ma.count_active_self_service, 0) as count_active_self_service
    from months
    left join month_contacts as mc on mc.month_start = months.month_start
    left join month_active as ma on ma.month_start = months.month_start
)

select * from final
order by month_start
