-- one row per customer scored by the latest fit, in the page's order $sort (clv, p_alive, frequency or customer; nulls last,
-- then by customer id, as IntervalsQuery.Sorted orders): the intervals customers download of the page's default view. The
-- CLV printed is computed from the kept fit over months of 30 days (IntervalsMart); the order is the kept clv_amount's (months
-- of 4.345 weeks), the same up to neighbours whose values lie within about 1% of each other. Read a chunk at a time
-- (SortedChunks, where the chunks begin from intervals_mart_chunks.sql): the rows from ($from_value, $from_customer) up to
-- ($to_value, $to_customer), not including it, in that order; a null customer means from the first row, or to the last
with scored as (
    select
        customer_id, frequency, recency_days, age_days, mean_repeat_amount, p_alive, expected_average_amount,
        case $sort::varchar
            when 'clv' then clv_amount
            when 'p_alive' then p_alive
            when 'frequency' then frequency::double
        end as sort_value
    from mart_customer_score
)

select
    -- ids
    customer_id,
    -- numerics
    frequency,
    recency_days,
    age_days,
    mean_repeat_amount,
    p_alive,
    expected_average_amount
from scored
-- the chunk's rows: at or after its start, not at or after the next chunk's (migration 0069's rule; a null customer: no bound)
where ($from_customer::integer is null or sorts_at_or_after(sort_value, customer_id, $from_value::double, $from_customer::integer))
    and ($to_customer::integer is null or not sorts_at_or_after(sort_value, customer_id, $to_value::double, $to_customer::integer))
order by sort_value desc nulls last, customer_id
