-- closes a run that failed (after the rollback)
update etl_run
set status = 'failed', finished_at = $now, error = $error
where run_id = $run_id
