-- one row per contact channel: the same rows as lapse.sql (the definitions are there and in docs/reports/service.md), with a
-- customer's last contact in the filter found from mart_contact_followup's next contact of the same customer (and region):
-- the contacts of a period are those of a range of days, so the last one is the one whose next contact lies after the
-- period, or that has none. Used when contact_controls_built.sql says the load has filled those columns.
-- filters: contacts of [$from, $to] (null = open), customers in $region (the version in force at the contact), current RFM $segment, members of saved segment $segment_id
with data_end as (
    select contact_data_last_day() as last_day
),

-- the period's contacts (period_contacts' rule) with their window of $lapse_days days (contact_windows, migration 0046: judgeable
-- when it ends by the data's last day, ordered after when the customer's next completed order falls within it), the last of
-- each customer only
last_contacts as (
    select
        u.customer_id,
        u.channel_key,
        u.has_prior_order,
        u.is_followable,
        u.is_followed
    from contact_windows($from, $to, $region, $segment, $segment_id, $lapse_days, (select last_day from data_end)) as u
    where u.channel_key in (select channel_key from dim_channel)
      and ((case when $region::varchar is null then u.next_contacted_on else u.next_region_contacted_on end) is null
           or ($to::date is not null and (case when $region::varchar is null then u.next_contacted_on else u.next_region_contacted_on end) > $to::date))
),

-- counted per channel (contact_lapse_counts, migration 0049, as lapse.sql)
final as (
    select * from contact_lapse_counts(last_contacts)
)

select * from final
order by channel_key
