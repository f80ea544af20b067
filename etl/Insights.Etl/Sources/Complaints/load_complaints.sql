-- one landing row per complaint line that parsed
insert into landing_complaints by name
select
    complaint_id, customer_id, order_id, product_id, category, severity, opened_at, resolved_at, status, complaint_text,
    first_response_at, reopened_count,
    filename as _source_file
from complaint_parsed
where reject_reason is null
