-- one row per customer (business id) and stretch of months in which they are active (a completed order in the month or the
-- 12 calendar months before it) under one customer version (the version in force at those months' ends): the active
-- customers of the service report's channels view (active_months.sql), which clips the stretches to its months and filters
-- their region and the customer's segment. Recomputed for the customers of this run's orders (batch_order_days: before and
-- after the rebuild) and those with a landed customer version (batch_customers: a new version, an inferred row filled in).
-- A full build (a pending one, migration 0044, too) recomputes every customer.
-- inputs: mart_customer_order, dim_customer, batch_order_days, batch_customers
create or replace temp table batch_active_span_customers as
select customer_id from batch_order_days
union
select customer_id from batch_customers;

delete from mart_customer_active_span
where customer_id in (select customer_id from batch_active_span_customers);

insert into mart_customer_active_span by name
with order_months as (
    select distinct customer_id, date_trunc('month', ordered_at)::date as order_month
    from mart_customer_order
    where $full or customer_id in (select customer_id from batch_active_span_customers)
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
