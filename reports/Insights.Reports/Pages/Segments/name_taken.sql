-- another segment already has this name (compared without case)
select count(*) > 0 from app_segment where lower(name) = lower($name) and segment_id is distinct from $segment_id::integer
