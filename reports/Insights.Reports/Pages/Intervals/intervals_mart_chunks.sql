-- where each chunk of an intervals download begins (SortedChunks): the sort value and customer id of every $customers-th row in
-- the download's order: $sort as intervals_mart_customers.sql sorts, or 'value_at_risk' for the win-back list of
-- intervals_mart_overdue.sql (its overdue customers only). The sort values are those two files' expressions and must stay them
with ordered as (
    select
        customer_id,
        case $sort::varchar
            when 'clv' then clv_amount
            when 'p_alive' then p_alive
            when 'frequency' then frequency::double
            when 'value_at_risk' then mean_day_amount * 365 / nullif(mean_gap_days, 0)
        end as sort_value
    from mart_customer_score
    where $sort::varchar <> 'value_at_risk' or is_overdue
)

select sort_value, customer_id
from ordered
qualify (row_number() over (order by sort_value desc nulls last, customer_id) - 1) % $customers = 0
order by sort_value desc nulls last, customer_id
