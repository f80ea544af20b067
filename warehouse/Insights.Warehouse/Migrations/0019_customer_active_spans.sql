-- The active customers of the service report's channels view (issue 17's speed): per customer, the stretches of months in
-- which they have a completed order in the month or the 12 before, cut by the customer version in force at the months' ends.
-- The view read them from every completed order per request (seconds at SF10); kept by
-- Models/marts/mart_customer_active_span.sql after each load, filled here once from what the warehouse already holds (the
-- model's statement, over every customer).

-- one row per customer (business id) and stretch of months active under one customer version
create table mart_customer_active_span (
    customer_id     integer not null,
    region          varchar not null,               -- of the version in force at the stretch's months' ends
    start_month     date not null,                  -- first day of the stretch's first month
    end_month       date not null                   -- first day of its last month (included)
);

insert into mart_customer_active_span by name
with order_months as (
    select distinct customer_id, date_trunc('month', ordered_at)::date as order_month
    from mart_customer_order
),

-- an order month makes the customer active in it and the 12 months after; runs of overlapping or touching spans become one
-- island per customer
island_starts as (
    select
        customer_id,
        order_month,
        case when lag(order_month) over (partition by customer_id order by order_month) + interval 13 month >= order_month
             then 0 else 1 end as is_start
    from order_months
),

islands as (
    select customer_id, min(order_month) as start_month, (max(order_month) + interval 12 month)::date as end_month
    from (
        select customer_id, order_month, sum(is_start) over (partition by customer_id order by order_month) as island
        from island_starts
    )
    group by customer_id, island
),

-- each island cut by the customer versions in force at the months' ends (a version covers the months from its first day's
-- month to the month before its end's)
final as (
    select
        -- ids
        islands.customer_id,
        -- attributes
        customers.region,
        -- dates
        greatest(islands.start_month, date_trunc('month', customers.valid_from)::date) as start_month,
        least(islands.end_month, date_trunc('month', customers.valid_to - interval 1 month)::date) as end_month
    from islands
    join dim_customer as customers on customers.customer_id = islands.customer_id
)

select * from final
where start_month <= end_month;
