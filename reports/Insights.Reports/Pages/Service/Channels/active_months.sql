-- one row per month of the view: the filtered contacts, the active customers (a completed order in the month or the 12 months
-- before), the contacts those active customers made, and how many of them made a self-service (collaborative, portal) contact
-- months: those of [$from, $to], or where an end is open, from/to the month of the first/last filtered contact
-- region: the contact's customer version for contacts, the version in force at the month's end for active customers
-- the self-service count ignores $channel (adoption is about the portal whatever channel the view shows)
with base_contacts as (
    select
        date_trunc('month', f.contacted_at)::date as month_start,
        f.channel_code,
        f.crm_face,
        f.customer_id
    from period_contacts($from, $to, $region, $segment) as f
    where ($segment_id::integer is null or f.customer_id in (select customer_id from app_segment_member where segment_id = $segment_id::integer))
),

scope_contacts as (
    select * from base_contacts
    where $channel::varchar is null or channel_code = $channel::varchar
),

bounds as (
    select * from channel_view_bounds(scope_contacts, $from, $to)
),

-- the customers' active stretches in the region and segment, clipped to the view's months, and the active customers per
-- month (channel_active_stretches, channel_active_months: migration 0049)
active_pieces as (
    select * from channel_active_stretches((select first_month from bounds), (select last_month from bounds), $region, $segment, $segment_id)
),

month_active_counts as (
    select * from channel_active_months((select first_month from bounds), (select last_month from bounds), $region, $segment, $segment_id)
),

month_contacts as (
    select
        s.month_start,
        count(*) as count_contacts,
        count(a.customer_id) as count_active_contacts
    from scope_contacts as s
    left join active_pieces as a
        on a.customer_id = s.customer_id and s.month_start between a.start_month and a.end_month
    group by s.month_start
),

month_self_service as (
    select p.month_start, count(*) as count_active_self_service
    from (select distinct month_start, customer_id from base_contacts where crm_face = 'collaborative') as p
    join active_pieces as a on a.customer_id = p.customer_id and p.month_start between a.start_month and a.end_month
    group by p.month_start
),

final as (
    select
        ma.month_start,
        coalesce(mc.count_contacts, 0) as count_contacts,
        coalesce(mc.count_active_contacts, 0) as count_active_contacts,
        ma.count_active::bigint as count_active,
        coalesce(ms.count_active_self_service, 0) as count_active_self_service
    from month_active_counts as ma
    left join month_contacts as mc on mc.month_start = ma.month_start
    left join month_self_service as ms on ms.month_start = ma.month_start
)

select * from final
order by month_start
