-- A saved segment as a filter of the loyalty report (issue 20): the orders and the cohorts of migration 0014 restated with
-- an optional last parameter, segment_number (default null: everyone, so every existing caller is unchanged): the members of
-- that saved segment at its latest evaluation (app_segment_member, migration 0022). The other loyalty views restrict their
-- per-customer rows to the members in the report's own .sql (each customer's scores stay those of the view without the
-- segment); the cohort grid is an aggregate (mart_loyalty_cohort), so with a segment it is computed from the members' orders.
-- Two branches, as for the region: without a segment DuckDB drops the branch and its semi-join.

create or replace macro loyalty_orders(on_date, region_name, channel_name, category_name, segment_number := null) as table
with order_rows as (
    select customer_id, order_id, ordered_at, net_amount, full_price_amount
    from mart_customer_order
    where category_name::varchar is null
      and ordered_at < on_date::date
      and (channel_name::varchar is null or channel_code = channel_name::varchar)
    union all
    select customer_id, order_id, ordered_at, net_amount, full_price_amount
    from mart_customer_category_order
    where category = category_name::varchar
      and ordered_at < on_date::date
      and (channel_name::varchar is null or channel_code = channel_name::varchar)
),

regional_rows as (
    select * from order_rows where region_name::varchar is null
    union all
    select * from order_rows
    where region_name::varchar is not null
      and customer_id in (select customer_id from dim_customer where is_current and region = region_name::varchar)
)

select * from regional_rows where segment_number::integer is null
union all
select * from regional_rows
where segment_number::integer is not null
  and customer_id in (select customer_id from app_segment_member where segment_id = segment_number::integer);

create or replace macro loyalty_cohorts(on_date, region_name, channel_name, category_name, segment_number := null) as table
with orders as (
    select customer_id, ordered_at from loyalty_orders(on_date, region_name, channel_name, category_name, segment_number := segment_number)
),

firsts as (
    select customer_id, date_trunc('month', min(ordered_at))::date as cohort_month from orders group by customer_id
),

activity as (
    select distinct
        firsts.cohort_month,
        firsts.customer_id,
        datediff('month', firsts.cohort_month, date_trunc('month', orders.ordered_at)::date) as months_since
    from firsts
    join orders on orders.customer_id = firsts.customer_id
),

sizes as (
    select cohort_month, count(*) as count_customers from firsts group by cohort_month
),

cells as (
    select sizes.cohort_month, sizes.count_customers, months_since
    from sizes,
        range(0, datediff('month', sizes.cohort_month, date_trunc('month', on_date::date - 1)::date) + 1) as t(months_since)
)

select
    cells.cohort_month,
    cells.months_since::integer as months_since,
    cells.count_customers,
    count(activity.customer_id) as count_active
from cells
left join activity on activity.cohort_month = cells.cohort_month and activity.months_since = cells.months_since
group by cells.cohort_month, cells.months_since, cells.count_customers;
