-- every data check's outcome for a run, in one statement (a statement per check cost a tiny load as much as the checks
-- themselves): $names and $failing are parallel lists, how many rows broke each rule (0 = passed)
insert into etl_check_result (run_id, check_name, failing_rows, checked_at)
select $run, unnest($names::varchar[]), unnest($failing::bigint[]), now() at time zone 'UTC'
