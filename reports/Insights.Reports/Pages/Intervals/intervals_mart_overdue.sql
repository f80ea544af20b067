-- one row per customer overdue by the latest fit's rule (three or more purchase days, days since the last >= the overdue factor
-- x the median gap), by value at risk (a year of spend at the customer's rhythm) then customer id, as
-- IntervalsQuery.OverdueCustomers orders: the intervals win-back download of the page's default view
select
    -- ids
    customer_id,
    -- numerics
    count_purchase_days,
    mean_gap_days,
    median_gap_days,
    gap_cv,
    days_since_last,
    mean_day_amount,
    total_amount,
    -- dates
    last_purchase_on
from mart_customer_score
where is_overdue
order by mean_day_amount * 365 / nullif(mean_gap_days, 0) desc nulls last, customer_id
