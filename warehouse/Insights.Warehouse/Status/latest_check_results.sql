-- one row per data check of each source's latest run that ran its checks (a failed run has none: they rolled back with it)
with checked_runs as (
    select distinct etl_run.run_id, etl_run.source
    from etl_run
    join etl_check_result using (run_id)
),

latest as (
    select run_id, source
    from checked_runs
    qualify row_number() over (partition by source order by run_id desc) = 1
),

checks as (
    select run_id, check_name, failing_rows, checked_at
    from etl_check_result
)

select latest.run_id, latest.source, checks.check_name, checks.failing_rows, checks.checked_at
from latest
join checks using (run_id)
order by latest.source, checks.check_name
