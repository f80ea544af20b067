-- one row per month of the view: the same rows as active_months.sql (the definitions are there and in
-- docs/reports/service.md), read from mart_contact_month for a period of whole months: its rows carry the region of the
-- customer's active stretch holding their month, so the active customers' contacts need no range join to the stretches
-- months: those of [$from, $to] (ChannelsQuery uses this file only when both are a month's first and last day, or null), or
-- where an end is open, from/to the month of the first/last filtered contact
-- the self-service count ignores $channel (adoption is about the portal whatever channel the view shows); its distinct
-- customers are counted as each customer's first collaborative row of the month (the previous row of the face, in the view's
-- region when it has one, is of an earlier month: migration 0053)
with base_contacts as (
    select
        m.month_start,
        ch.channel_code,
        ch.crm_face,
        m.customer_id,
        m.count_contacts,
        case when $region::varchar is null then m.prev_face_month else m.prev_face_region_month end as prev_face,
        -- active in the month, in the view's region (the stretch's: the version in force at the month's end)
        m.active_region is not null and ($region::varchar is null or m.active_region = $region::varchar) as is_active
    from mart_contact_month as m
    join dim_channel as ch on ch.channel_key = m.channel_key
    where ($from::date is null or m.month_start >= date_trunc('month', $from::date))
      and ($to::date is null or m.month_start <= $to::date)
      and ($region::varchar is null or m.region = $region::varchar)
      and ($segment::varchar is null or m.customer_id in (select customer_id from mart_customer_rfm where segment = $segment::varchar))
      and ($segment_id::integer is null or m.customer_id in (select customer_id from app_segment_member where segment_id = $segment_id::integer))
),

scope_contacts as (
    select * from base_contacts
    where $channel::varchar is null or channel_code = $channel::varchar
),

bounds as (
    select * from channel_view_bounds(scope_contacts, $from, $to)
),

-- the active customers per month in the region and segment (channel_active_months, migration 0049, as active_months.sql)
month_active_counts as (
    select * from channel_active_months((select first_month from bounds), (select last_month from bounds), $region, $segment, $segment_id)
),

month_contacts as (
    select
        month_start,
        sum(count_contacts) as count_contacts,
        coalesce(sum(count_contacts) filter (where is_active), 0) as count_active_contacts
    from scope_contacts
    group by month_start
),

month_self_service as (
    select month_start, count(*) as count_active_self_service
    from base_contacts
    where crm_face = 'collaborative' and is_active and first_from(prev_face, month_start)
    group by month_start
),

final as (
    select
        ma.month_start,
        coalesce(mc.count_contacts, 0)::bigint as count_contacts,
        coalesce(mc.count_active_contacts, 0)::bigint as count_active_contacts,
        ma.count_active::bigint as count_active,
        coalesce(ms.count_active_self_service, 0) as count_active_self_service
    from month_active_counts as ma
    left join month_contacts as mc on mc.month_start = ma.month_start
    left join month_self_service as ms on ms.month_start = ma.month_start
)

select * from final
order by month_start
