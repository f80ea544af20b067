-- saves a segment: a new one ($segment_id null) gets the next id; an existing one keeps its id, creator and history
insert into app_segment
select coalesce(max(segment_id), 0) + 1, $name, $description, $definition, $user, $now, $user, $now
from app_segment
where $segment_id::integer is null;

update app_segment
set name = $name, description = $description, definition = $definition, updated_by = $user, updated_at = $now
where segment_id = $segment_id::integer;

select segment_id from app_segment where name = $name;
