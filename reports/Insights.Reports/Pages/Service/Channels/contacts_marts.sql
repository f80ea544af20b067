-- one row per grouping of the filtered contacts: the same rows as contacts.sql (the definitions are there and in
-- docs/reports/service.md), read from mart_contact_month (contacts per customer, month, channel, direction and region) for a
-- period of whole months, grouped by channel_contact_groups (migration 0049) as contacts.sql's contacts are
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
    select * from channel_contact_groups(contacts)
)

select * from final
order by grouped_by, month_start nulls first, channel_key nulls first, crm_face nulls first, direction nulls first
