-- one row per customer with two complaints in view opened at most 90 days apart (calendar days between the opening days: 90
-- counts, 91 does not): all their complaints in view, the shortest gap, the first and last opening; current names and e-mail.
-- Reads complaints_in_view (this connection's temp tables, with customers_in_view).
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
    repeaters.customer_id,
    customers.full_name,
    customers.preferred_name,
    customers.email,
    repeaters.complaints,
    repeaters.shortest_gap_days,
    repeaters.first_opened_at,
    repeaters.last_opened_at
from repeaters
join customers_in_view as customers on customers.customer_id = repeaters.customer_id
order by repeaters.complaints desc, repeaters.shortest_gap_days, repeaters.customer_id;
