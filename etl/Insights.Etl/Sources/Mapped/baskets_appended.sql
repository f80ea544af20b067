-- baskets this run appended: a basket counts as loaded when any of its lines was (a changed basket appends only its changed lines)
select count(distinct order_id)
from raw_order_lines
where _run_id = $run_id
