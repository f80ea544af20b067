-- one row per contact channel and direction: the same rows as attribution.sql (the definitions are there and in
-- docs/reports/service.md), read from what the load keeps instead of every contact and order: mart_contact_followup's
-- previous contact of the same customer, channel and direction (and region) counts the customers without a distinct, and
-- mart_contact_control's gaps per customer and control day give the baseline for any window N. Used only when
-- mart_contact_control_span says the mart holds every control day (contact_controls_built.sql).
-- filters: contacts of [$from, $to] (null = open), customers in $region (the version in force at the contact), current RFM $segment, members of saved segment $segment_id
with data_end as (
    select contact_data_last_day() as last_day
),

-- the period's contacts (period_contacts' rule) with their N-day window (contact_windows, migration 0046: followable when it
-- ends by the data's last day, followed when the customer's next completed order falls within it) and whether each is the
-- customer's first followable contact of the group (its previous contact in the group lies before the period, or there is
-- none: the followable contacts of a period are those of a range of days, so exactly one per customer and group is first)
contacts as (
    select
        u.customer_id,
        u.contacted_on,
        u.direction,
        u.channel_key,
        u.next_ordered_at,
        u.is_followable,
        u.is_followed,
        case when $region::varchar is null then u.prev_group_contacted_on else u.prev_group_region_contacted_on end as prev_contacted_on
    from contact_windows($from, $to, $region, $segment, $segment_id, $days, (select last_day from data_end)) as u
    where u.channel_key in (select channel_key from dim_channel)
),

contact_outcomes as (
    select *, prev_contacted_on is null or ($from::date is not null and prev_contacted_on < $from::date) as is_first
    from contacts
),

control_days as (
    select anchor_on
    from contact_control_days($from, $to, $days, (select min(contacted_on) from contact_outcomes),
        (select max(contacted_on) from contact_outcomes), (select last_day from data_end))
),

control_range as (
    select min(anchor_on) as first_anchor_on, max(anchor_on) as last_anchor_on, count(*) as count_control_days from control_days
),

-- the customers behind each group's followable contacts, each once
group_customers as (
    select channel_key, direction, customer_id from contact_outcomes where is_followable and is_first
),

-- per customer: their control days within the view's that a contact rules out (a contact on the day or at most N days
-- before it) and those followed (the next order after the day's noon at most N days later) and not ruled out; a control day
-- without a row is neither, and the rows are in order of their smaller gap, so only the row groups holding a gap of at most
-- N are read. Counted per customer before the groups take them (a customer is in about two groups): the join then pairs
-- one row per customer, not every control row, with the groups' customers
customer_marks as (
    select
        m.customer_id,
        count(*) filter (where m.days_since_contact <= $days::integer) as count_excluded,
        count(*) filter (where m.days_to_order <= $days::integer
            and coalesce(m.days_since_contact > $days::integer, true)) as count_controls_followed
    from mart_contact_control as m
    where m.days_first <= $days::integer
      and m.anchor_on between (select first_anchor_on from control_range) and (select last_anchor_on from control_range)
    group by m.customer_id
),

-- per group: the sums of its customers' counts
control_marks as (
    select
        g.channel_key,
        g.direction,
        sum(c.count_excluded) as count_excluded,
        sum(c.count_controls_followed) as count_controls_followed
    from customer_marks as c
    join group_customers as g on g.customer_id = c.customer_id
    group by g.channel_key, g.direction
),

shares as (
    select
        channel_key,
        direction,
        count(*) as count_contacts,
        count(*) filter (where is_followable) as count_followable,
        count(*) filter (where is_followable and is_followed) as count_followed,
        count(*) filter (where is_followable and is_first) as count_customers
    from contact_outcomes
    group by channel_key, direction
),

final as (
    select
        s.channel_key,
        ch.channel_code,
        ch.channel_name,
        ch.crm_face,
        s.direction,
        s.count_contacts,
        s.count_followable,
        s.count_followed,
        s.count_customers,
        (s.count_customers * (select count_control_days from control_range) - coalesce(b.count_excluded, 0))::bigint as count_controls,
        coalesce(b.count_controls_followed, 0)::bigint as count_controls_followed,
        (select last_day from data_end) as data_last_day
    from shares as s
    join dim_channel as ch on ch.channel_key = s.channel_key
    left join control_marks as b on b.channel_key = s.channel_key and b.direction = s.direction
)

select * from final
order by channel_key, direction
