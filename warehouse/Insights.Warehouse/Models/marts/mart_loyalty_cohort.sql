-- one row per (first-purchase month, months since): the cohort's size and its customers ordering in that month, for the
-- loyalty report's default view (no filters, up to the month before the day after the latest completed order). Rebuilt with
-- mart_customer_rfm, from the orders it collected (batch_loyalty_orders, empty when no order or customer changed).
delete from mart_loyalty_cohort
where (select changed from batch_rfm_changed);

insert into mart_loyalty_cohort by name
with firsts as (
    select customer_id, date_trunc('month', min(ordered_at))::date as cohort_month
    from batch_loyalty_orders
    group by customer_id
),

activity as (
    select distinct
        firsts.cohort_month,
        firsts.customer_id,
        datediff('month', firsts.cohort_month, date_trunc('month', orders.ordered_at)::date) as months_since
    from firsts
    join batch_loyalty_orders as orders on orders.customer_id = firsts.customer_id
),

sizes as (
    select cohort_month, count(*) as count_customers from firsts group by cohort_month
),

last_month as (
    select date_trunc('month', max(ordered_at))::date as month_start from batch_loyalty_orders
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
