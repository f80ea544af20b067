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
