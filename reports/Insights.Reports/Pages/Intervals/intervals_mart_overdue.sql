-- one row per customer overdue by the latest fit's rule (three or more purchase days, days since the last >= the overdue factor
-- x the median gap), by value at risk (a year of spend at the customer's rhythm) then customer id, as
-- IntervalsQuery.OverdueCustomers orders: the intervals win-back download of the page's default view. Read a chunk at a time
-- (SortedChunks, where the chunks begin from intervals_mart_chunks.sql with $sort 'value_at_risk'): the rows from
-- ($from_value, $from_customer) up to ($to_value, $to_customer), not including it; a null customer means from the first row, or to the last
with overdue as (
    select
        customer_id, count_purchase_days, mean_gap_days, median_gap_days, gap_cv, days_since_last, mean_day_amount, total_amount,
        last_purchase_on,
        mean_day_amount * 365 / nullif(mean_gap_days, 0) as sort_value
    from mart_customer_score
    where is_overdue
)

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
from overdue
-- the chunk's rows: at or after its start, not at or after the next chunk's (migration 0069's rule; a null customer: no bound)
where ($from_customer::integer is null or sorts_at_or_after(sort_value, customer_id, $from_value::double, $from_customer::integer))
    and ($to_customer::integer is null or not sorts_at_or_after(sort_value, customer_id, $to_value::double, $to_customer::integer))
order by sort_value desc nulls last, customer_id
