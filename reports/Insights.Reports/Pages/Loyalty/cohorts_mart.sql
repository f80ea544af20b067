-- one row per (first-purchase month, months since) of the default view, precomputed by mart_loyalty_cohort
select cohort_month, months_since, count_customers, count_active
from mart_loyalty_cohort
order by cohort_month, months_since
