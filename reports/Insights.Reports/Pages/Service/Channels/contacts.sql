-- one row per grouping of the filtered contacts: month × channel (the stacked chart), channel, CRM face, direction and the
-- total, each with its contacts, distinct customers, inbound and outbound contacts, and durations (a missing duration, null in
-- the source, is left out of the mean and counted apart)
-- contacts of [$from, $to] (null = open) by customers in $region (the version in force at the contact) and current RFM
-- $segment, members of saved segment $segment_id (null = all), through $channel (null = any)
with contacts as (
    select
        date_trunc('month', f.contacted_at)::date as month_start,
        f.channel_key,
        f.channel_code,
        f.channel_name,
        f.crm_face,
        f.direction,
        f.duration_seconds,
        f.customer_id
    from period_contacts($from, $to, $region, $segment) as f
    where ($channel::varchar is null or f.channel_code = $channel::varchar)
      and ($segment_id::integer is null or f.customer_id in (select customer_id from app_segment_member where segment_id = $segment_id::integer))
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
        count(*) as count_contacts,
        count(distinct customer_id) as count_customers,
        count(*) filter (where direction = 'inbound') as count_inbound,
        count(*) filter (where direction = 'outbound') as count_outbound,
        count(duration_seconds) as count_with_duration,
        avg(duration_seconds)::double as mean_duration_seconds
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
