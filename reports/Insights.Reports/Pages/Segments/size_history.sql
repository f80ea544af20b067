-- a segment's size and value at each evaluation, oldest first
select state_run_id, evaluated_at, count_members, net_amount, count_entered, count_left
from app_segment_size
where segment_id = $segment_id
order by state_run_id, evaluated_at
