-- one row per month of the view: the same rows as active_months.sql (the definitions are there and in
-- docs/reports/service.md), read from mart_contact_month for a period of whole months: its rows carry the region of the
-- customer's active stretch holding their month, so the active customers' contacts need no range join to the stretches
-- months: those of [$from, $to] (ChannelsQuery uses this file only when both are a month's first and last day, or null), or
-- where an end is open, from/to the month of the first/last filtered contact
-- the self-service count ignores $channel (adoption is about the portal whatever channel the view shows)
with base_contacts as (
    select
        m.month_start,
        ch.channel_code,
        ch.crm_face,
        m.customer_id,
        m.count_contacts,
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

-- the customers' active stretches kept when the region and segment match, clipped to the view's months (active_months.sql)
pieces as (
    select
        s.customer_id,
        greatest(s.start_month, (select first_month from bounds)) as start_month,
        least(s.end_month, (select last_month from bounds)) as end_month
    from mart_customer_active_span as s
    left join mart_customer_rfm as r on r.customer_id = s.customer_id
    where ($region::varchar is null or s.region = $region::varchar)
      and ($segment::varchar is null or r.segment = $segment::varchar)
      and ($segment_id::integer is null or s.customer_id in (select customer_id from app_segment_member where segment_id = $segment_id::integer))
),

active_pieces as (
    select * from pieces where start_month <= end_month
),

-- active customers per month as a running sum: +1 where a piece starts, -1 the month after it ends
active_deltas as (
    select month_start, sum(delta) as delta
    from (
        select start_month as month_start, 1 as delta from active_pieces
        union all
        select (end_month + interval 1 month)::date, -1 from active_pieces
    )
    group by month_start
),

month_active_counts as (
    select
        months.month_start,
        coalesce(sum(coalesce(d.delta, 0)) over (order by months.month_start rows between unbounded preceding and current row), 0)
            as count_active
    from months
    left join active_deltas as d on d.month_start = months.month_start
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
    select month_start, count(distinct customer_id) as count_active_self_service
    from base_contacts
    where crm_face = 'collaborative' and is_active
    group by month_start
),

final as (
    select
        months.month_start,
        coalesce(mc.count_contacts, 0)::bigint as count_contacts,
        coalesce(mc.count_active_contacts, 0)::bigint as count_active_contacts,
        ma.count_active::bigint as count_active,
        coalesce(ms.count_active_self_service, 0) as count_active_self_service
    from months
    left join month_contacts as mc on mc.month_start = months.month_start
    join month_active_counts as ma on ma.month_start = months.month_start
    left join month_self_service as ms on ms.month_start = months.month_start
)

select * from final
order by month_start
