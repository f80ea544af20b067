-- one row per open complaint in view, with what does not change as it ages: its target and every attribute a breakdown
-- groups by (as breakdown.sql groups them; OpenComplaint.GroupOf picks the view's), so the list serves every breakdown of its
-- filter. Its age, whether it breaches and by how much are computed per request against "now" (OpenComplaint.cs), so a new
-- clock step re-reads nothing. The customer's names come from the names kept per load (complainer_names.sql). Reads
-- complaints_in_view (this connection's temp table) and the open complaints' texts from fct_complaint.
select
    -- ids
    complaints.complaint_id,
    complaints.customer_id,
    -- attributes
    complaints.severity,
    complaints.complaint_category,
    complaints.region,
    texts.complaint_text,
    complaints.product_category,
    complaints.order_channel,
    complaints.opened_month,
    -- numerics
    complaints.target_hours,
    -- timestamps
    complaints.opened_at
from complaints_in_view as complaints
-- the open ones' texts only (the filter is read first, the texts of resolved complaints are never fetched)
join (select complaint_id, complaint_text from fct_complaint where resolved_at is null) as texts on texts.complaint_id = complaints.complaint_id
where not complaints.is_resolved
order by complaints.complaint_id;
