-- one row: the latest finished run (succeeded or with failed checks), 0 before the first load: the run a publication shows
select coalesce(max(run_id), 0)::bigint as run_id
from etl_run
where status in ('succeeded', 'warning')
