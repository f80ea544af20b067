-- what the runs after $after_run_id up to $run_id changed: is_known is true when run $run_id has finished and every run of the
-- range that committed (succeeded, warning) recorded its changes (etl_run_change, migration 0058) as a list; failed and
-- abandoned runs rolled back and changed nothing. changed_relations: the distinct relations of those lists.
with runs as (
    select runs.run_id, runs.status, changes.run_id is not null and changes.changed_relations is not null as is_recorded,
           changes.changed_relations
    from etl_run as runs
    left join etl_run_change as changes on changes.run_id = runs.run_id
    where runs.run_id > $after_run_id and runs.run_id <= $run_id
)

select
    coalesce(bool_and(is_recorded or status in ('failed', 'abandoned')), false)
        and coalesce(bool_or(run_id = $run_id and status in ('succeeded', 'warning')), false) as is_known,
    coalesce(list_distinct(flatten(list(changed_relations) filter (where changed_relations is not null))), []::varchar[]) as changed_relations
from runs
