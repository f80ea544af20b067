-- one row per contact channel and direction: the filtered contacts, those followable (their N-day window ends by the data's
-- last day), those followed by a completed order of the same customer, and the baseline of the same customers' control days
-- a contact is followed when an order of its customer was placed after it and at most $days calendar days later (day N counts,
-- day N + 1 does not); the data's last day is the latest completed order's day
-- control days: the 1st of each month from the later of the period's start and the first filtered contact's month (never
-- before the data, where no order could follow) to the period's end (or the last filtered contact), whose window ends by the
-- data's last day; a customer's control day counts when the customer had no contact (any channel) from N days before it to
-- the day itself, and is followed by an order after its noon and at most N days later
-- filters: contacts of [$from, $to] (null = open), customers in $region (the version in force at the contact), current RFM $segment, members of saved segment $segment_id
with data_end as (
    select contact_data_last_day() as last_day
),

-- the period's contacts (period_contacts' rule) with their N-day window (contact_windows, migration 0046: followable when it
-- ends by the data's last day, followed when the customer's next completed order falls within it), from the one table the
-- load keeps for this view
contact_outcomes as (
    select
        u.contact_id,
        u.contacted_at,
        u.contacted_on,
        u.direction,
        u.customer_id,
        ch.channel_key,
        ch.channel_code,
        ch.channel_name,
        ch.crm_face,
        u.next_ordered_at,
        u.is_followable,
        u.is_followed
    from contact_windows($from, $to, $region, $segment, $segment_id, $days, (select last_day from data_end)) as u
    join dim_channel as ch on ch.channel_key = u.channel_key
),

control_days as (
    select anchor_on
    from contact_control_days($from, $to, $days, (select min(contacted_on) from contact_outcomes),
        (select max(contacted_on) from contact_outcomes), (select last_day from data_end))
),

group_customers as (
    select distinct channel_code, direction, customer_id from contact_outcomes where is_followable
),

baseline_customers as (
    select distinct customer_id from group_customers
),

-- the control days as month numbers (year × 12 + month − 1): they are consecutive months, so the control days within a range
-- of days are a range of numbers, listed per contact or order without a range join (or a series of dates) over millions of rows
control_months as (
    select
        min(year(anchor_on) * 12 + month(anchor_on) - 1) as first_month,
        max(year(anchor_on) * 12 + month(anchor_on) - 1) as last_month
    from control_days
),

-- control days a contact of the customer rules out (any channel, any region or period): from N days before to the day itself,
-- so for a contact on day c the control days in [c, c + N]: from the first month start on or after c to the last one on or
-- before c + N
excluded_controls as (
    select distinct customer_id, anchor_month
    from (
        select customer_id, unnest(range(first_month, last_month + 1)) as anchor_month
        from (
            select
                k.customer_id,
                greatest(year(k.contacted_at::date - 1) * 12 + month(k.contacted_at::date - 1), m.first_month) as first_month,
                least(year(k.contacted_at::date + $days::integer) * 12 + month(k.contacted_at::date + $days::integer) - 1, m.last_month) as last_month
            from mart_contact_followup as k
            cross join control_months as m
            -- no control day at all (a period within a month that holds no 1st): nothing to rule out (greatest and least
            -- ignore nulls, so without this a contact would rule out a month and the count go below zero)
            where m.first_month is not null
              and k.customer_id in (select customer_id from baseline_customers)
        )
        where last_month >= first_month
    )
),

-- control days an order follows (placed after the day's noon, at most N days later): for an order on day d, the control days
-- in [d - N, d], the one on d itself only when the order came after its noon
followed_controls as (
    select distinct customer_id, anchor_month
    from (
        select customer_id, unnest(range(first_month, last_month + 1)) as anchor_month
        from (
            select
                o.customer_id,
                greatest(year(o.ordered_at::date - $days::integer - 1) * 12 + month(o.ordered_at::date - $days::integer - 1), m.first_month) as first_month,
                least(year(o.ordered_at::date) * 12 + month(o.ordered_at::date) - 1
                      - case when day(o.ordered_at) = 1 and o.ordered_at <= o.ordered_at::date + interval 12 hour then 1 else 0 end,
                      m.last_month) as last_month
            from mart_customer_order as o
            cross join control_months as m
            where m.first_month is not null
              and o.customer_id in (select customer_id from baseline_customers)
        )
        where last_month >= first_month
    )
),

-- per customer: control days that count (all of them less those ruled out), and those followed among them; the same counts
-- as pairing every customer with every control day, without the pairs
excluded_counts as (
    select customer_id, count(*) as count_excluded from excluded_controls group by customer_id
),

followed_counts as (
    select f.customer_id, count(*) as count_followed
    from followed_controls as f
    anti join excluded_controls as e on e.customer_id = f.customer_id and e.anchor_month = f.anchor_month
    group by f.customer_id
),

customer_controls as (
    select
        b.customer_id,
        (select count(*) from control_days) - coalesce(e.count_excluded, 0) as count_controls,
        coalesce(f.count_followed, 0) as count_controls_followed
    from baseline_customers as b
    left join excluded_counts as e on e.customer_id = b.customer_id
    left join followed_counts as f on f.customer_id = b.customer_id
),

baseline as (
    select
        g.channel_code,
        g.direction,
        sum(c.count_controls) as count_controls,
        sum(c.count_controls_followed) as count_controls_followed
    from group_customers as g
    join customer_controls as c on c.customer_id = g.customer_id
    group by g.channel_code, g.direction
),

shares as (
    select
        channel_key,
        channel_code,
        channel_name,
        crm_face,
        direction,
        count(*) as count_contacts,
        count(*) filter (where is_followable) as count_followable,
        count(*) filter (where is_followable and is_followed) as count_followed,
        count(distinct customer_id) filter (where is_followable) as count_customers
    from contact_outcomes
    group by channel_key, channel_code, channel_name, crm_face, direction
),

final as (
    select
        shares.*,
        coalesce(baseline.count_controls, 0)::bigint as count_controls,
        coalesce(baseline.count_controls_followed, 0)::bigint as count_controls_followed,
        (select last_day from data_end) as data_last_day
    from shares
    left join baseline on baseline.channel_code = shares.channel_code and baseline.direction = shares.direction
)

select * from final
order by channel_key, direction
