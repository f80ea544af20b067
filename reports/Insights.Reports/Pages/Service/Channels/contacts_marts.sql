-- one row per grouping of the filtered contacts: the same rows as contacts.sql (the definitions are there and in
-- docs/reports/service.md), read from mart_contact_month (contacts per customer, month, channel, direction and region) for a
-- period of whole months; the mean duration is the durations' sum over the contacts with one, as avg gives; sums are
-- coalesced to 0, as count gives for the total row of no contact
-- contacts of the months of [$from, $to] (null = open; ChannelsQuery uses this file only when both are a month's first and
-- last day) by customers in $region (the version in force at the contact) and current RFM $segment, members of saved segment
-- $segment_id (null = all), through $channel (null = any)
with contacts as (
    select
        m.month_start,
        m.channel_key,
        ch.channel_code,
        ch.channel_name,
        ch.crm_face,
        m.direction,
        m.customer_id,
        m.count_contacts,
        m.count_with_duration,
        m.total_duration_seconds
    from mart_contact_month as m
    join dim_channel as ch on ch.channel_key = m.channel_key
    where ($from::date is null or m.month_start >= date_trunc('month', $from::date))
      and ($to::date is null or m.month_start <= $to::date)
      and ($region::varchar is null or m.region = $region::varchar)
      and ($segment::varchar is null or m.customer_id in (select customer_id from mart_customer_rfm where segment = $segment::varchar))
      and ($channel::varchar is null or ch.channel_code = $channel::varchar)
      and ($segment_id::integer is null or m.customer_id in (select customer_id from app_segment_member where segment_id = $segment_id::integer))
),

final as (
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
        count(distinct customer_id) as count_customers,
        coalesce(sum(count_contacts) filter (where direction = 'inbound'), 0)::bigint as count_inbound,
        coalesce(sum(count_contacts) filter (where direction = 'outbound'), 0)::bigint as count_outbound,
        coalesce(sum(count_with_duration), 0)::bigint as count_with_duration,
        sum(total_duration_seconds)::double / nullif(sum(count_with_duration), 0) as mean_duration_seconds
    from contacts
    group by grouping sets (
        (month_start, channel_key, channel_code, channel_name, crm_face),
        (channel_key, channel_code, channel_name, crm_face),
        (crm_face),
        (direction),
        ()
    )
)

select * from final
order by grouped_by, month_start nulls first, channel_key nulls first, crm_face nulls first, direction nulls first
