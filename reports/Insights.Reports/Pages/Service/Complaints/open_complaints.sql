-- one row per open complaint in view, with what does not change as it ages: its target, the customer's current names and
-- e-mail, and its group of the breakdown $by (as breakdown.sql groups it). Its age, whether it breaches and by how much are
-- computed per request against "now" (OpenComplaint.cs), so a new clock step re-reads nothing. Reads complaints_in_view
-- (this connection's temp tables, with customers_in_view) and the open complaints' texts from fct_complaint.
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
    texts.complaint_text,
    case $by
        when 'complaint-category' then complaints.complaint_category
        when 'product-category' then complaints.product_category
        when 'order-channel' then complaints.order_channel
        when 'region' then complaints.region
        when 'month' then complaints.opened_month
        when 'severity' then complaints.severity
        else '(all)'
    end as group_value,
    -- numerics
    complaints.target_hours,
    -- timestamps
    complaints.opened_at
from complaints_in_view as complaints
join customers_in_view as customers on customers.customer_id = complaints.customer_id
-- the open ones' texts only (the filter is read first, the texts of resolved complaints are never fetched)
join (select complaint_id, complaint_text from fct_complaint where resolved_at is null) as texts on texts.complaint_id = complaints.complaint_id
where not complaints.is_resolved
order by complaints.complaint_id;
