-- one row per customer (business id, across type-2 versions) with a completed purchase on or before $calibration_end:
-- the buy-till-you-die summary in days, and the purchase days of the hold-out period ($calibration_end, $holdout_end]
-- several purchases on one day are one purchase day (its amount is their sum); $segment_id (null: everyone): only that saved
-- segment's members
with purchase_days as (
    select customer_id, purchase_on, net_amount as day_amount
    from mart_customer_purchase_day
    where purchase_on <= $holdout_end::date
      and ($segment_id::integer is null or customer_id in (select customer_id from app_segment_member where segment_id = $segment_id::integer))
),

calibration as (
    select
        customer_id,
        -- numerics
        count(*) - 1 as frequency,                                            -- repeat purchase days
        date_diff('day', min(purchase_on), max(purchase_on)) as recency_days,   -- first to last purchase day
        date_diff('day', min(purchase_on), $calibration_end::date) as age_days, -- first purchase day to the calibration end (T)
        sum(day_amount) as total_amount,
        arg_min(day_amount, purchase_on) as first_day_amount
    from purchase_days
    where purchase_on <= $calibration_end::date
    group by customer_id
),

holdout as (
    select customer_id, count(*) as count_holdout_days
    from purchase_days
    where purchase_on > $calibration_end::date
    group by customer_id
),

final as (
    select
        calibration.customer_id,
        calibration.frequency,
        calibration.recency_days,
        calibration.age_days,
        -- mean value of the repeat purchase days (the first purchase day is not counted, as in the Gamma-Gamma model)
        case when calibration.frequency > 0
             then ((calibration.total_amount - calibration.first_day_amount) / calibration.frequency)::double
             else 0 end as mean_repeat_amount,
        coalesce(holdout.count_holdout_days, 0) as count_holdout_days
    from calibration
    left join holdout on holdout.customer_id = calibration.customer_id
)

select * from final
order by customer_id;
