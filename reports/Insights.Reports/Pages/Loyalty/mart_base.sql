-- The same CTEs as loyalty_base.sql, read from the marts refreshed after each load (mart_customer_rfm, one row per customer),
-- for the default view: no region, channel or category, as of the mart's as_of_date. The views' selects run unchanged on it;
-- a test checks that both bases give the same numbers. Takes the same parameters (the filter ones are null here).
with unused_parameters as (
    select $region::varchar, $channel::varchar, $category::varchar, $window_days::integer, $quick_hours::double
),

current_customers as (
    select customer_id, full_name, preferred_name, email, region from dim_customer where is_current
),

customers as (
    select
        mart.as_of_date as as_of,
        mart.customer_id,
        mart.count_orders,
        mart.net_amount,
        mart.full_price_amount,
        mart.first_ordered_at,
        mart.last_ordered_on,
        mart.recency_days,
        mart.r_score,
        mart.f_score,
        mart.m_score,
        mart.segment,
        mart.segment_rank,
        mart.cohort_month,
        case when mart.net_amount > 0 then mart.full_price_amount / mart.net_amount else 0 end as full_price_share
    from mart_customer_rfm as mart
    where mart.as_of_date = $as_of::date
),

-- the segments one period earlier (month, quarter or year: the whole months between $prev_as_of and $as_of)
segmented as (
    select previous.customer_id, $prev_as_of::date as as_of, previous.segment, ranks.segment_rank
    from (
        select
            customer_id,
            case datediff('month', $prev_as_of::date, $as_of::date)
                when 1 then segment_prev_month when 3 then segment_prev_quarter when 12 then segment_prev_year
            end as segment
        from mart_customer_rfm
    ) as previous
    join (select distinct segment, segment_rank from ref_rfm_segment) as ranks on ranks.segment = previous.segment
),

orders as (
    select customer_id, order_id, ordered_at from mart_customer_order where ordered_at < $as_of::date
),

second_orders as (
    select customer_id, second_ordered_at from mart_customer_rfm where second_ordered_at is not null
),

price_classes as (
    select customer_id, price_class from mart_customer_rfm
),

service as (
    select 'complaint' as kind, customer_id, complaint_group as service_group, is_complaint_retained as is_retained
    from mart_customer_rfm where complaint_group is not null
    union all
    select 'return', customer_id, return_group, is_return_retained
    from mart_customer_rfm where return_group is not null
)
