-- one row per grouping of the filtered contacts: month × channel (the stacked chart), channel, CRM face, direction and the
-- total, each with its contacts, distinct customers, inbound and outbound contacts, and durations (a missing duration, null in
-- the source, is left out of the mean and counted apart): channel_contact_groups (migration 0049), over every contact
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
        f.customer_id,
        -- one contact, in the shape of a mart_contact_month row
        1 as count_contacts,
        (f.duration_seconds is not null)::integer as count_with_duration,
        f.duration_seconds as total_duration_seconds
    from period_contacts($from, $to, $region, $segment) as f
    where ($channel::varchar is null or f.channel_code = $channel::varchar)
      and ($segment_id::integer is null or f.customer_id in (select customer_id from app_segment_member where segment_id = $segment_id::integer))
),

final as (
    select * from channel_contact_groups(contacts)
)

select * from final
order by grouped_by, month_start nulls first, channel_key nulls first, crm_face nulls first, direction nulls first
