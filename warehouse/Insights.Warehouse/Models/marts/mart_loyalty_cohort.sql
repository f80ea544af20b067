-- one row per (first-purchase month, months since): the cohort's size and its customers ordering in that month, for the
-- loyalty report's default view (no filters, up to the month before the day after the latest completed order). Recomputed
-- whole from mart_customer_order, its one input, when a load rebuilt any of its orders (batch_mart_orders) or with $full.
-- inputs: mart_customer_order, batch_mart_orders
delete from mart_loyalty_cohort
where $full or exists (select 1 from batch_mart_orders);

insert into mart_loyalty_cohort by name
with completed_orders as (
    select customer_id, ordered_at from mart_customer_order
    where $full or exists (select 1 from batch_mart_orders)
),

firsts as (
    select customer_id, date_trunc('month', min(ordered_at))::date as cohort_month
    from completed_orders
    group by customer_id
),

activity as (
    select distinct
        firsts.cohort_month,
        firsts.customer_id,
        datediff('month', firsts.cohort_month, date_trunc('month', orders.ordered_at)::date) as months_since
    from firsts
    join completed_orders as orders on orders.customer_id = firsts.customer_id
),

sizes as (
    select cohort_month, count(*) as count_customers from firsts group by cohort_month
),

last_month as (
    select date_trunc('month', max(ordered_at))::date as month_start from completed_orders
),

cells as (
    select sizes.cohort_month, sizes.count_customers, months_since
    from sizes, last_month, range(0, datediff('month', sizes.cohort_month, last_month.month_start) + 1) as t(months_since)
),

final as (
    select
        cells.cohort_month,
        cells.months_since::integer as months_since,
        cells.count_customers,
        count(activity.customer_id) as count_active
    from cells
    left join activity on activity.cohort_month = cells.cohort_month and activity.months_since = cells.months_since
    group by cells.cohort_month, cells.months_since, cells.count_customers
)

select * from final;
