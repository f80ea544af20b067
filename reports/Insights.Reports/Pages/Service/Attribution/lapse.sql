-- one row per contact channel: the customers whose last filtered contact was through it, and of those who had bought before it
-- (a completed order before the contact), how many lapsed: no completed order after it within $lapse_days calendar days.
-- Only last contacts at least $lapse_days before the data's last day (the latest completed order's day) can be judged; the
-- others are counted as too recent.
-- filters: contacts of [$from, $to] (null = open), customers in $region (the version in force at the contact), current RFM $segment, members of saved segment $segment_id
with data_end as (
    select max(ordered_at)::date as last_day from mart_customer_order
),

-- the period's contacts (period_contacts' rule) with their follow-up, from the one table the load keeps for this view
contacts as (
    select
        u.contact_id,
        u.contacted_at,
        u.contacted_at::date as contacted_on,
        u.customer_id,
        ch.channel_key,
        ch.channel_code,
        ch.channel_name,
        ch.crm_face,
        u.next_ordered_at,
        u.has_prior_order
    from mart_contact_followup as u
    join dim_channel as ch on ch.channel_key = u.channel_key
    where in_period(u.contacted_at, $from, $to)
      and ($region::varchar is null or u.region = $region::varchar)
      and ($segment::varchar is null or u.customer_id in (select customer_id from mart_customer_rfm where segment = $segment::varchar))
      and ($segment_id::integer is null or u.customer_id in (select customer_id from app_segment_member where segment_id = $segment_id::integer))
),

last_contacts as (
    select * from contacts
    qualify row_number() over (partition by customer_id order by contacted_at desc, contact_id desc) = 1
),

judged as (
    select
        l.*,
        l.contacted_on + $lapse_days::integer <= (select last_day from data_end) as is_judgeable,
        l.has_prior_order as had_bought,
        coalesce(l.next_ordered_at::date <= l.contacted_on + $lapse_days::integer, false) as ordered_after
    from last_contacts as l
),

final as (
    select
        channel_key,
        channel_code,
        channel_name,
        crm_face,
        count(*) as count_last_contacts,
        count(*) filter (where not coalesce(is_judgeable, false)) as count_too_recent,
        count(*) filter (where coalesce(is_judgeable, false) and not had_bought) as count_never_bought,
        count(*) filter (where coalesce(is_judgeable, false) and had_bought) as count_customers,
        count(*) filter (where coalesce(is_judgeable, false) and had_bought and not ordered_after) as count_lapsed
    from judged
    group by channel_key, channel_code, channel_name, crm_face
)

select * from final
order by channel_key
