-- one row per contact channel: the customers whose last filtered contact was through it, and of those who had bought before it
-- (a completed order before the contact), how many lapsed: no completed order after it within $lapse_days calendar days.
-- Only last contacts at least $lapse_days before the data's last day (the latest completed order's day) can be judged; the
-- others are counted as too recent.
-- filters: contacts of [$from, $to] (null = open), customers in $region (the version in force at the contact), current RFM $segment, members of saved segment $segment_id
with data_end as (
    select contact_data_last_day() as last_day
),

-- the period's contacts (period_contacts' rule) with their window of $lapse_days days (contact_windows, migration 0046: judgeable
-- when it ends by the data's last day, ordered after when the customer's next completed order falls within it), from the one
-- table the load keeps for this view
contacts as (
    select
        u.contact_id,
        u.contacted_at,
        u.customer_id,
        ch.channel_key,
        ch.channel_code,
        ch.channel_name,
        ch.crm_face,
        u.has_prior_order,
        u.is_followable,
        u.is_followed
    from contact_windows($from, $to, $region, $segment, $segment_id, $lapse_days, (select last_day from data_end)) as u
    join dim_channel as ch on ch.channel_key = u.channel_key
),

last_contacts as (
    select * from contacts
    qualify row_number() over (partition by customer_id order by contacted_at desc, contact_id desc) = 1
),

-- counted per channel (contact_lapse_counts, migration 0049, as lapse_marts.sql)
final as (
    select * from contact_lapse_counts(last_contacts)
)

select * from final
order by channel_key
