-- opens a run (outside the load transaction, so it is recorded even when the load fails)
insert into etl_run (source, trigger, is_full, started_at, status)
values ($source, $trigger, $full, $now, 'running')
returning run_id
