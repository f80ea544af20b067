-- relationships: every cohort starts on a month of dim_date, its cells count from month 0 without gaps, and its size is the
-- same in each of its cells
select cohort_month, count(*) as cells, max(months_since) as last_month_since, count(distinct count_customers) as sizes
from mart_loyalty_cohort
group by cohort_month
having cohort_month not in (select month_start from dim_date)
    or min(months_since) <> 0 or max(months_since) <> count(*) - 1 or count(distinct count_customers) <> 1
