-- relationships: a row's active region is that of the customer's active stretch holding its month, and null when none does
-- (checked for this run's customers: those of its contacts, its orders and its landed versions; a --full run checks all)
select m.customer_id, m.month_start, m.active_region, s.region as span_region
from mart_contact_month as m
left join mart_customer_active_span as s
    on s.customer_id = m.customer_id and m.month_start between s.start_month and s.end_month
where m.customer_id in (
    select customer_id from stg_contacts where contact_id in (select contact_id from batch_fact_contacts)
    union select customer_id from batch_order_days
    union select customer_id from batch_customers)
  and m.active_region is distinct from s.region
