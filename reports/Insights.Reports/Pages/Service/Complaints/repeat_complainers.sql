-- one row per customer with two complaints in view opened at most 90 days apart (calendar days between the opening days: 90
-- counts, 91 does not): all their complaints in view, the shortest gap, the first and last opening. Their names come from the
-- names kept per load (complainer_names.sql). Reads complaints_in_view (this connection's temp table).
with gaps as (
    select
        customer_id,
        opened_at,
        date_diff('day', (lag(opened_at) over (partition by customer_id order by opened_at, complaint_id))::date,
            opened_at::date) as gap_days
    from complaints_in_view
),

repeaters as (
    select
        customer_id,
        count(*) as complaints,
        min(gap_days) as shortest_gap_days,
        min(opened_at) as first_opened_at,
        max(opened_at) as last_opened_at
    from gaps
    group by customer_id
    having min(gap_days) <= 90
)

select
    customer_id,
    complaints,
    shortest_gap_days,
    first_opened_at,
    last_opened_at
from repeaters
order by complaints desc, shortest_gap_days, customer_id;
