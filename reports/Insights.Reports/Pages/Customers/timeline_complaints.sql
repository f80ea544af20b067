-- one row per complaint of the customer, newest first, at most $limit (every open one when $open_only); total: how many there
-- are in all. first_response_at is null where the source does not give it. mart_customer_complaint is fct_complaint in
-- customer order: its zonemaps skip every other customer's row groups.
select
    complaints.complaint_id,
    complaints.opened_at,
    complaints.first_response_at,
    complaints.resolved_at,
    complaints.status,
    complaints.category,
    complaints.severity,
    complaints.hours_to_resolve,
    complaints.complaint_text,
    complaints.order_id,
    products.product_name,
    count(*) over () as total
from mart_customer_complaint as complaints
left join dim_product as products on products.product_key = complaints.product_key
where complaints.customer_id = $id
  and (not $open_only or complaints.resolved_at is null)
order by complaints.opened_at desc, complaints.complaint_id desc
limit $limit
