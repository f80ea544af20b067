-- one row per customer scored by the latest fit, in the page's order $sort (clv, p_alive, frequency or customer; nulls last,
-- then by customer id, as IntervalsQuery.Sorted orders): the intervals customers download of the page's default view. The
-- CLV printed is computed from the kept fit over months of 30 days (IntervalsMart); the order is the kept clv_amount's (months
-- of 4.345 weeks), the same up to neighbours whose values lie within about 1% of each other
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
from mart_customer_score
order by
    case $sort::varchar
        when 'clv' then clv_amount
        when 'p_alive' then p_alive
        when 'frequency' then frequency::double
    end desc nulls last,
    customer_id
