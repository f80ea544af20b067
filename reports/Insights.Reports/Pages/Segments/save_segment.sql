-- saves a segment: a new one ($segment_id null) gets the next id; an existing one keeps its id, creator and history.
-- The next id is a scalar subquery: `select max(...) + 1 from app_segment where <false>` is an aggregate over no rows, which
-- still yields one row, and so inserted a copy with id 1 at every save over an existing segment (migration 0029)
insert into app_segment
select (select coalesce(max(segment_id), 0) + 1 from app_segment), $name, $description, $definition, $user, $now, $user, $now
where $segment_id::integer is null;

update app_segment
set name = $name, description = $description, definition = $definition, updated_by = $user, updated_at = $now
where segment_id = $segment_id::integer;

select segment_id from app_segment where lower(name) = lower($name);
