-- opens a run (outside the load transaction, so it is recorded even when the load fails); one writer at a time, so max + 1
insert into etl_run (run_id, source, trigger, is_full, started_at, status)
select coalesce(max(run_id), 0) + 1, $source, $trigger, $full, $now, 'running'
from etl_run
returning run_id
