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
-- a row is at or after a chunk's start when it sorts after the start's value (nulls last), or has it and a customer id not below
where ($from_customer::integer is null
        or case when $from_value::double is null then sort_value is null and customer_id >= $from_customer::integer
                else sort_value is null or sort_value < $from_value::double
                    or (sort_value = $from_value::double and customer_id >= $from_customer::integer) end)
    and ($to_customer::integer is null
        or not case when $to_value::double is null then sort_value is null and customer_id >= $to_customer::integer
                else sort_value is null or sort_value < $to_value::double
                    or (sort_value = $to_value::double and customer_id >= $to_customer::integer) end)
order by sort_value desc nulls last, customer_id
