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

-- an order month makes the customer active in it and the 12 months after; runs of overlapping or touching spans become one
-- island per customer (a span per customer, not a row per customer and month: SF10 has millions of customer-months)
island_starts as (
    select
        customer_id,
        order_month,
        case when lag(order_month) over (partition by customer_id order by order_month) + interval 13 month >= order_month
             then 0 else 1 end as is_start
    from order_months
),

islands as (
    select customer_id, min(order_month) as start_month, (max(order_month) + interval 12 month)::date as end_month
    from (
        select customer_id, order_month, sum(is_start) over (partition by customer_id order by order_month) as island
        from island_starts
    )
    group by customer_id, island
),

-- each island cut by the customer versions in force at the months' ends (a version covers the months from its first day's
-- month to the month before its end's), kept when the region matches, and clipped to the view's months
pieces as (
    select
        i.customer_id,
        greatest(i.start_month, date_trunc('month', c.valid_from)::date, (select first_month from bounds)) as start_month,
        least(i.end_month, date_trunc('month', c.valid_to - interval 1 month)::date, (select last_month from bounds)) as end_month
    from islands as i
    join dim_customer as c on c.customer_id = i.customer_id
    left join mart_customer_rfm as r on r.customer_id = i.customer_id
    where ($region::varchar is null or c.region = $region::varchar)
      and ($segment::varchar is null or r.segment = $segment::varchar)
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
        months.month_start,
        coalesce(mc.count_contacts, 0) as count_contacts,
        coalesce(mc.count_active_contacts, 0) as count_active_contacts,
        ma.count_active::bigint as count_active,
        coalesce(ms.count_active_self_service, 0) as count_active_self_service
    from months
    left join month_contacts as mc on mc.month_start = months.month_start
    join month_active_counts as ma on ma.month_start = months.month_start
    left join month_self_service as ms on ms.month_start = months.month_start
)

select * from final
order by month_start
