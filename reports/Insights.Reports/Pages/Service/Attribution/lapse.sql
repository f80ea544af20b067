-- one row per contact channel: the customers whose last filtered contact was through it, and of those who had bought before it
-- (a completed order before the contact), how many lapsed: no completed order after it within $lapse_days calendar days.
-- Only last contacts at least $lapse_days before the data's last day (the latest completed order's day) can be judged; the
-- others are counted as too recent.
-- filters: contacts of [$from, $to] (null = open), customers in $region (the version in force at the contact), current RFM $segment
with data_end as (
    select max(ordered_at)::date as last_day from mart_customer_order
),

contacts as (
    select
        f.contact_id,
        f.contacted_at,
        f.contacted_at::date as contacted_on,
        f.customer_id,
        f.channel_key,
        f.channel_code,
        f.channel_name,
        f.crm_face
    from period_contacts($from, $to, $region, $segment) as f
),

last_contacts as (
    select * from contacts
    qualify row_number() over (partition by customer_id order by contacted_at desc, contact_id desc) = 1
),

-- whether the customer had bought before the contact and when they next ordered are kept by the load (mart_contact_followup)
judged as (
    select
        l.*,
        l.contacted_on + $lapse_days::integer <= (select last_day from data_end) as is_judgeable,
        u.has_prior_order as had_bought,
        coalesce(u.next_ordered_at::date <= l.contacted_on + $lapse_days::integer, false) as ordered_after
    from last_contacts as l
    join mart_contact_followup as u on u.contact_id = l.contact_id
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
