-- unique: one row per month, keyed by the month's first day (a month of dim_date)
select month_start, count(*) as copies
from mart_revenue_by_month
group by month_start
having count(*) > 1 or month_start not in (select month_start from dim_date)
