-- a segment saved again at the same warehouse state: its evaluation there is redone
delete from app_segment_size where segment_id = $segment_id and state_run_id = $state_run_id;
delete from app_segment_change where segment_id = $segment_id and state_run_id = $state_run_id;
