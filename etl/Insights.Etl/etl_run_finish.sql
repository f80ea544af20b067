-- closes a run that loaded (inside the load transaction: the run row commits with the rows it describes)
update etl_run
set status = $status, finished_at = $now, rows_read = $read, rows_loaded = $loaded, rows_rejected = $rejected,
    rows_skipped = $skipped, error = $error
where run_id = $run_id
