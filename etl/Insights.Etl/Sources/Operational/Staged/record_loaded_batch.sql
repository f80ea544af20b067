-- one row per batch a run loaded; the primary key (plan, batch) makes a second load of the same batch fail the run
insert into etl_loaded_batch (plan_id, batch_name, table_name, key_from, key_to, rows_read, sha256, worker, run_id, loaded_at)
values ($plan_id, $batch_name, $table_name, $key_from, $key_to, $rows_read, $sha256, $worker, $run_id, $now)
