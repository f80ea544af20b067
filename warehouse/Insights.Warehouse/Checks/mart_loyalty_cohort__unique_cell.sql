-- unique: one row per (first-purchase month, months since); a cohort is never larger than its size
select cohort_month, months_since, count(*) as copies
from mart_loyalty_cohort
group by cohort_month, months_since
having count(*) > 1 or max(count_active) > max(count_customers)
