-- one row per customer (business id, across type-2 versions) with a completed purchase on or before $calibration_end:
-- purchase days, the gaps between consecutive purchase days, and the time since the last one; $segment_id (null: everyone):
-- only that saved segment's members
with purchase_days as (
    select customer_id, purchase_on, net_amount as day_amount
    from mart_customer_purchase_day
    where purchase_on <= $calibration_end::date
      and ($segment_id::integer is null or customer_id in (select customer_id from app_segment_member where segment_id = $segment_id::integer))
),

gaps as (
    select
        customer_id,
        purchase_on,
        day_amount,
        date_diff('day', lag(purchase_on) over (partition by customer_id order by purchase_on), purchase_on) as gap_days
    from purchase_days
),

final as (
    select
        customer_id,
        -- numerics
        count(*) as count_purchase_days,
        avg(gap_days)::double as mean_gap_days,                        -- null with a single purchase day
        median(gap_days)::double as median_gap_days,
        (stddev_pop(gap_days) / nullif(avg(gap_days), 0))::double as gap_cv,   -- regularity: 0 = like clockwork
        date_diff('day', max(purchase_on), $calibration_end::date) as days_since_last,
        avg(day_amount)::double as mean_day_amount,
        sum(day_amount)::double as total_amount,
        -- dates
        max(purchase_on) as last_purchase_on
    from gaps
    group by customer_id
)

select * from final
order by customer_id;
