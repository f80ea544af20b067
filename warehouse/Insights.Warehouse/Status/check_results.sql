-- one row per data check of the selected runs: one run ($run_id), or the newest $limit runs (of $source when given),
-- picked as recent_runs.sql picks them; newest run first, checks by name
with runs as (
    select run_id, source
    from etl_run
    where ($run_id is null or run_id = $run_id)
      and ($source is null or source = $source)
    order by run_id desc
    limit $limit
),

checks as (
    select run_id, check_name, failing_rows, checked_at
    from etl_check_result
)

select runs.run_id, runs.source, checks.check_name, checks.failing_rows, checks.checked_at
from runs
join checks using (run_id)
order by runs.run_id desc, checks.check_name
