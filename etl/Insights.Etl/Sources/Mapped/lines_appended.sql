-- purchase lines this run appended (one per transaction line; a changed line appends again)
select count(*)
from raw_order_lines
where _run_id = $run_id
