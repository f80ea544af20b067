-- relationships: each of this run's months and RFM segments counts every completed order within a customer version of the
-- customers in that segment now once in its rows of every order (per_category false), and each such order's categories
-- (mart_customer_category_order) in its category rows (a --full run checks all)
with in_version as (
    select orders.order_id, date_trunc('month', orders.ordered_at)::date as month_start, scores.segment
    from mart_customer_order as orders
    join dim_customer as customers
        on customers.customer_id = orders.customer_id
       and orders.ordered_at >= customers.valid_from and orders.ordered_at < customers.valid_to
    left join mart_customer_rfm as scores on scores.customer_id = orders.customer_id
    where date_trunc('month', orders.ordered_at)::date in (select month_start from batch_months)
),

orders as (
    select month_start, segment, count(*) as orders from in_version group by month_start, segment
),

category_orders as (
    select in_version.month_start, in_version.segment, count(*) as category_orders
    from mart_customer_category_order as category_rows
    join in_version on in_version.order_id = category_rows.order_id
    group by in_version.month_start, in_version.segment
),

days as (
    select
        date_trunc('month', ordered_on)::date as month_start,
        segment,
        sum(orders) filter (where not per_category) as orders,
        sum(orders) filter (where per_category) as category_orders
    from mart_order_segment_day
    where date_trunc('month', ordered_on)::date in (select month_start from batch_months)
    group by 1, 2
)

select coalesce(orders.month_start, days.month_start) as month_start, coalesce(orders.segment, days.segment) as segment,
       orders.orders, days.orders as day_orders
from orders
left join category_orders
    on category_orders.month_start = orders.month_start and category_orders.segment is not distinct from orders.segment
full join days on days.month_start = orders.month_start and days.segment is not distinct from orders.segment
where orders.month_start is null or days.month_start is null
   or orders.orders <> days.orders or coalesce(category_orders.category_orders, 0) <> coalesce(days.category_orders, 0)
