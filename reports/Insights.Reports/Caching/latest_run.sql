-- one value: the latest finished ETL run, which identifies the warehouse state the cached results belong to
select coalesce(max(run_id), 0) from etl_run where finished_at is not null
