-- one row per customer (business id) with a completed purchase before $as_of (null: any) in [$from, $to]: purchase days, first
-- and last purchase day, the current preferred name, and the RFM segment as of $as_of: the loyalty mart's current segment when
-- $as_of is null, else computed from the orders before $as_of (loyalty_customers 'live'), so a backtest never sees a later one
with days as (
    select distinct customers.customer_id, purchase_on(lines.ordered_at) as purchase_on
    from fct_order_line as lines
    join dim_customer as customers on customers.customer_key = lines.customer_key
    where lines.order_status = 'completed'
      and ($as_of::date is null or lines.ordered_at < $as_of::date)
      and in_period(lines.ordered_at, $from, $to)
),

per_customer as (
    select
        customer_id,
        count(*) as count_purchase_days,
        min(purchase_on) as first_purchase_on,
        max(purchase_on) as last_purchase_on
    from days
    group by customer_id
),

segments as (
    select customer_id, segment from mart_customer_rfm where $as_of::date is null
    union all
    select customer_id, segment from loyalty_customers('live', $as_of, null, null, null) where $as_of::date is not null
),

names as (
    select customer_id, arg_max(preferred_name, valid_from) as preferred_name
    from dim_customer
    where is_current
    group by customer_id
),

final as (
    select
        per_customer.customer_id,
        per_customer.count_purchase_days,
        per_customer.first_purchase_on,
        per_customer.last_purchase_on,
        segments.segment,
        names.preferred_name
    from per_customer
    left join segments on segments.customer_id = per_customer.customer_id
    left join names on names.customer_id = per_customer.customer_id
)

select * from final
order by customer_id
