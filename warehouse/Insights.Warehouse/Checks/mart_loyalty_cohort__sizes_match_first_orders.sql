-- relationships: each cohort's size is the number of customers whose first completed order (mart_customer_order) is in that
-- month (checked when the run rebuilt orders, as the cohorts are then; a --full run checks all)
with firsts as (
    select date_trunc('month', min(ordered_at))::date as cohort_month, customer_id
    from mart_customer_order
    where exists (select 1 from batch_mart_orders)
    group by customer_id
),

sizes as (
    select cohort_month, count(*) as count_customers from firsts group by cohort_month
),

cohorts as (
    select distinct cohort_month, count_customers from mart_loyalty_cohort
    where exists (select 1 from batch_mart_orders)
)

select coalesce(sizes.cohort_month, cohorts.cohort_month) as cohort_month, sizes.count_customers, cohorts.count_customers as cohort_size
from sizes
full join cohorts using (cohort_month)
where sizes.count_customers is distinct from cohorts.count_customers
