-- the segment was evaluated at this warehouse state already
select count(*) > 0 from app_segment_size where segment_id = $segment_id and state_run_id = $state_run_id
