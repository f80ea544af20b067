-- one row per grouping of the filtered contacts: the same rows as contacts.sql (the definitions are there and in
-- docs/reports/service.md), read from mart_contact_month (contacts per customer, month, channel, direction and region) for a
-- period of whole months: contacts and durations are sums, and distinct customers a count of each customer's first row in the
-- group from the period's first month on (its previous row in that grouping, migration 0053, lies before it or is none), so
-- the view's rows are summed once by month, channel and direction and that small table rolled up (no distinct per request)
-- contacts of the months of [$from, $to] (null = open; ChannelsQuery uses this file only when both are a month's first and
-- last day) by customers in $region (the version in force at the contact) and current RFM $segment, members of saved segment
-- $segment_id (null = all), through $channel (null = any)
with contacts as (
    select
        m.month_start,
        m.channel_key,
        m.direction,
        m.count_contacts,
        m.count_with_duration,
        m.total_duration_seconds,
        -- the previous row's month per grouping: of the view's region only when it has one; with a channel filter the faces
        -- and the total hold that channel's rows only, and the directions that channel's of the direction
        case when $region::varchar is null then m.prev_channel_month else m.prev_channel_region_month end as prev_channel,
        case
            when $channel::varchar is not null then (case when $region::varchar is null then m.prev_channel_month else m.prev_channel_region_month end)
            when $region::varchar is null then m.prev_face_month
            else m.prev_face_region_month
        end as prev_face,
        case
            when $channel::varchar is not null then (case when $region::varchar is null then m.prev_channel_direction_month else m.prev_channel_direction_region_month end)
            when $region::varchar is null then m.prev_direction_month
            else m.prev_direction_region_month
        end as prev_direction,
        case
            when $channel::varchar is not null then (case when $region::varchar is null then m.prev_channel_month else m.prev_channel_region_month end)
            when $region::varchar is null then m.prev_customer_month
            else m.prev_customer_region_month
        end as prev_customer
    from mart_contact_month as m
    where ($from::date is null or m.month_start >= date_trunc('month', $from::date))
      and ($to::date is null or m.month_start <= $to::date)
      and ($region::varchar is null or m.region = $region::varchar)
      and ($segment::varchar is null or m.customer_id in (select customer_id from mart_customer_rfm where segment = $segment::varchar))
      and ($channel::varchar is null or m.channel_key in (select channel_key from dim_channel where channel_code = $channel::varchar))
      and ($segment_id::integer is null or m.customer_id in (select customer_id from app_segment_member where segment_id = $segment_id::integer))
),

-- one row per month, channel and direction: sums, and each grouping's first rows (a customer's first in the month and
-- channel: its previous row of the channel is of an earlier month)
cells as (
    select
        month_start,
        channel_key,
        direction,
        sum(count_contacts) as count_contacts,
        sum(count_with_duration) as count_with_duration,
        sum(total_duration_seconds) as total_duration_seconds,
        count(*) filter (where first_from(prev_channel, month_start)) as count_month_channel_firsts,
        count(*) filter (where first_from(prev_channel, date_trunc('month', $from::date)::date)) as count_channel_firsts,
        count(*) filter (where first_from(prev_face, date_trunc('month', $from::date)::date)) as count_face_firsts,
        count(*) filter (where first_from(prev_direction, date_trunc('month', $from::date)::date)) as count_direction_firsts,
        count(*) filter (where first_from(prev_customer, date_trunc('month', $from::date)::date)) as count_customer_firsts
    from contacts
    group by month_start, channel_key, direction
),

groups as (
    select
        case
            when grouping(month_start) = 0 then 'month_channel'
            when grouping(channel_key) = 0 then 'channel'
            when grouping(crm_face) = 0 then 'face'
            when grouping(direction) = 0 then 'direction'
            else 'total'
        end as grouped_by,
        month_start,
        channel_key,
        channel_code,
        channel_name,
        crm_face,
        direction,
        coalesce(sum(count_contacts), 0)::bigint as count_contacts,
        coalesce(case
            when grouping(month_start) = 0 then sum(count_month_channel_firsts)
            when grouping(channel_key) = 0 then sum(count_channel_firsts)
            when grouping(crm_face) = 0 then sum(count_face_firsts)
            when grouping(direction) = 0 then sum(count_direction_firsts)
            else sum(count_customer_firsts)
        end, 0)::bigint as count_customers,
        coalesce(sum(count_contacts) filter (where direction = 'inbound'), 0)::bigint as count_inbound,
        coalesce(sum(count_contacts) filter (where direction = 'outbound'), 0)::bigint as count_outbound,
        coalesce(sum(count_with_duration), 0)::bigint as count_with_duration,
        sum(total_duration_seconds)::double / nullif(sum(count_with_duration), 0) as mean_duration_seconds
    from cells
    join dim_channel as ch using (channel_key)
    group by grouping sets (
        (month_start, channel_key, channel_code, channel_name, crm_face),
        (channel_key, channel_code, channel_name, crm_face),
        (crm_face),
        (direction),
        ()
    )
),

final as (
    select * from groups
)

select * from final
order by grouped_by, month_start nulls first, channel_key nulls first, crm_face nulls first, direction nulls first
