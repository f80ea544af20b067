-- one row per open complaint in view: its age now, its target, how far past it, the customer's current names and e-mail;
-- breaching ones first (most overdue first), then the oldest. Reads complaints_in_view (this connection's temp table).
select
    -- ids
    complaints.complaint_id,
    complaints.customer_id,
    -- personal data (masked for some roles by the page)
    customers.full_name,
    customers.preferred_name,
    customers.email,
    -- attributes
    complaints.severity,
    complaints.complaint_category,
    complaints.region,
    complaints.complaint_text,
    complaints.is_breach,
    -- numerics
    complaints.open_hours as age_hours,
    complaints.target_hours,
    case when complaints.is_breach then complaints.open_hours - complaints.target_hours end as overdue_hours,
    -- timestamps
    complaints.opened_at
from complaints_in_view as complaints
join dim_customer as customers on customers.customer_id = complaints.customer_id and customers.is_current
where not complaints.is_resolved
order by complaints.is_breach desc, overdue_hours desc nulls last, age_hours desc, complaints.complaint_id;
