-- relationships: each of this run's months counts every completed order within a customer version once in its rows of every
-- order (per_category false), and each such order's categories (mart_customer_category_order) in its category rows
with in_version as (
    select orders.order_id, date_trunc('month', orders.ordered_at)::date as month_start
    from mart_customer_order as orders
    join dim_customer as customers
        on customers.customer_id = orders.customer_id
       and orders.ordered_at >= customers.valid_from and orders.ordered_at < customers.valid_to
    where date_trunc('month', orders.ordered_at)::date in (select month_start from batch_months)
),

orders as (
    select month_start, count(*) as orders from in_version group by month_start
),

category_orders as (
    select in_version.month_start, count(*) as category_orders
    from mart_customer_category_order as category_rows
    join in_version on in_version.order_id = category_rows.order_id
    group by in_version.month_start
),

days as (
    select
        date_trunc('month', ordered_on)::date as month_start,
        sum(orders) filter (where not per_category) as orders,
        sum(orders) filter (where per_category) as category_orders
    from mart_order_day
    where date_trunc('month', ordered_on)::date in (select month_start from batch_months)
    group by 1
)

select coalesce(orders.month_start, days.month_start) as month_start, orders.orders, days.orders as day_orders
from orders
left join category_orders using (month_start)
full join days using (month_start)
where orders.month_start is null or days.month_start is null
   or orders.orders <> days.orders or coalesce(category_orders.category_orders, 0) <> coalesce(days.category_orders, 0)
