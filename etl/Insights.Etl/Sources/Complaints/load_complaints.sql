-- one raw row per complaint line that parsed
insert into raw_complaints by name
select
    complaint_id, customer_id, order_id, product_id, category, severity, opened_at, resolved_at, status, complaint_text,
    filename as _source_file,
    $run_id as _run_id
from complaint_parsed
where reject_reason is null
