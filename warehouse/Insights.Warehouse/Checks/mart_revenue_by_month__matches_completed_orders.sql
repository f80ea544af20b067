-- relationships: each of this run's months holds its completed orders (mart_customer_order), and a month with orders has a row
with orders as (
    select date_trunc('month', ordered_at)::date as month_start, count(*) as count_orders, sum(net_amount) as net_amount
    from mart_customer_order
    where date_trunc('month', ordered_at)::date in (select month_start from batch_months)
    group by 1
),

months as (
    select month_start, count_orders, net_amount
    from mart_revenue_by_month
    where month_start in (select month_start from batch_months)
)

select coalesce(orders.month_start, months.month_start) as month_start, orders.count_orders, months.count_orders as month_count_orders
from orders
full join months using (month_start)
where orders.month_start is null or months.month_start is null
   or orders.count_orders <> months.count_orders or orders.net_amount <> months.net_amount
