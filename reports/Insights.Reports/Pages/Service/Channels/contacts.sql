-- one row per grouping of the filtered contacts: month × channel (the stacked chart), channel, CRM face, direction and the
-- total, each with its contacts, distinct customers, inbound and outbound contacts, and durations (a missing duration, null in
-- the source, is left out of the mean and counted apart)
-- contacts of [$from, $to] (null = open) by customers in $region (the version in force at the contact) and current RFM
-- $segment, through $channel (null = any)
with contacts as (
    select
        date_trunc('month', f.contacted_at)::date as month_start,
        ch.channel_key,
        ch.channel_code,
        ch.channel_name,
        ch.crm_face,
        f.direction,
        f.duration_seconds,
        c.customer_id
    from fct_contact as f
    join dim_customer as c on c.customer_key = f.customer_key
    join dim_channel as ch on ch.channel_key = f.channel_key
    left join mart_customer_rfm as r on r.customer_id = c.customer_id
    where in_period(f.contacted_at, $from, $to)
      and ($region::varchar is null or c.region = $region::varchar)
      and ($segment::varchar is null or r.segment = $segment::varchar)
      and ($channel::varchar is null or ch.channel_code = $channel::varchar)
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
