-- one row per month of the last $months months with completed sales, oldest first
select month_start, count_orders, count_customers, net_amount
from mart_revenue_by_month
order by month_start desc
limit $months
