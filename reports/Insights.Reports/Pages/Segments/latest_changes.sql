-- who entered and left a segment at its latest evaluation (customers of the current dimension), at most $limit of each
with latest as (
    select max(state_run_id) as state_run_id from app_segment_size where segment_id = $segment_id
),

changes as (
    select changes.change, changes.customer_id
    from app_segment_change as changes
    join latest on latest.state_run_id = changes.state_run_id
    where changes.segment_id = $segment_id
    qualify row_number() over (partition by changes.change order by changes.customer_id) <= $limit
)

select changes.change, changes.customer_id, customers.preferred_name, customers.full_name, customers.email
from changes
left join dim_customer as customers on customers.customer_id = changes.customer_id and customers.is_current
order by changes.change, changes.customer_id
