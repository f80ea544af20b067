-- one row per run, newest first, with its failed data checks
with checks as (
    select run_id,
           count(*) as count_checks,
           string_agg(check_name, ', ' order by check_name) filter (where failing_rows > 0) as failed_checks
    from etl_check_result
    group by run_id
)

select
    etl_run.run_id, etl_run.source, etl_run.trigger, etl_run.status,
    etl_run.started_at, etl_run.finished_at,
    etl_run.rows_read, etl_run.rows_loaded, etl_run.rows_rejected,
    etl_run.error,
    etl_run.rows_skipped, etl_run.is_full,
    coalesce(checks.count_checks, 0) as count_checks,
    checks.failed_checks
from etl_run
left join checks using (run_id)
where $source is null or etl_run.source = $source
order by etl_run.run_id desc
limit $limit
