-- one data check's outcome for a run: how many rows broke its rule (0 = passed)
insert into etl_check_result (run_id, check_name, failing_rows, checked_at) values ($run, $name, $failing, now() at time zone 'UTC')
