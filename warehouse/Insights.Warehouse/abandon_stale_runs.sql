-- runs still marked running when the process that owns the warehouse starts were cut off (crash, kill); their load rolled back
update etl_run
set status = 'abandoned',
    finished_at = now() at time zone 'UTC',
    error = 'The process stopped during the run; the load was rolled back and the warehouse kept its last committed state.'
where status = 'running'
