-- one row per (first-purchase month, months since) with the cohort's size and its customers who ordered in that month
-- (continues the CTE list of loyalty_base.sql)
, activity as (
    select distinct
        customers.cohort_month,
        customers.customer_id,
        datediff('month', customers.cohort_month, date_trunc('month', orders.ordered_at)::date) as months_since
    from customers
    join orders on orders.customer_id = customers.customer_id
),

sizes as (
    select cohort_month, count(*) as count_customers from customers group by cohort_month
),

-- every month from the cohort's first to $as_of's month, so a month nobody came back shows 0
cells as (
    select sizes.cohort_month, sizes.count_customers, months_since
    from sizes,
        range(0, datediff('month', sizes.cohort_month, date_trunc('month', $as_of::date - 1)::date) + 1) as t(months_since)
)

select
    cells.cohort_month,
    cells.months_since::integer as months_since,
    cells.count_customers,
    count(activity.customer_id) as count_active
from cells
left join activity on activity.cohort_month = cells.cohort_month and activity.months_since = cells.months_since
group by cells.cohort_month, cells.months_since, cells.count_customers
order by 1, 2
