-- first rows (migration 0053): each customer has exactly one row with no previous one per grouping the view counts (the
-- customer, a channel, a channel in a region), and a previous row's month is never after the row's (checked for this run's
-- customers: those of its contacts, its orders and its landed versions; a --full run checks all)
with run_rows as (
    select * from mart_contact_month
    where customer_id in (
        select customer_id from stg_contacts where contact_id in (select contact_id from batch_fact_contacts)
        union select customer_id from batch_order_days
        union select customer_id from batch_customers)
),

customer_firsts as (
    select customer_id, null::integer as channel_key, null::varchar as region, count(*) filter (where prev_customer_month is null) as firsts
    from run_rows group by customer_id
    union all
    select customer_id, channel_key, null, count(*) filter (where prev_channel_month is null)
    from run_rows group by customer_id, channel_key
    union all
    select customer_id, channel_key, region, count(*) filter (where prev_channel_region_month is null)
    from run_rows group by customer_id, channel_key, region
),

final as (
    select customer_id, channel_key, region, firsts, null::date as month_start
    from customer_firsts where firsts <> 1
    union all
    select customer_id, channel_key, region, null, month_start
    from run_rows
    where greatest(prev_customer_month, prev_channel_month, prev_face_month, prev_direction_month, prev_channel_direction_month,
        prev_customer_region_month, prev_channel_region_month, prev_face_region_month, prev_direction_region_month,
        prev_channel_direction_region_month) > month_start
)

select * from final
