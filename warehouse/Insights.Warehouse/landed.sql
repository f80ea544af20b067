-- one value: whether run $run_id landed any row into {raw_table} (a name from the model graph's sources, never from input)
select exists (select 1 from {raw_table} where _run_id = $run_id)
