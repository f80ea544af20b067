-- one row per source: its latest run, and its latest successful run
with runs as (
    select * from etl_run
),

latest as (
    select * from runs
    qualify row_number() over (partition by source order by run_id desc) = 1
),

latest_success as (
    select source, finished_at, rows_loaded
    from runs
    where status in ('succeeded', 'warning')
    qualify row_number() over (partition by source order by run_id desc) = 1
),

final as (
    select
        latest.source,
        latest.status as last_status,
        latest.started_at as last_started_at,
        latest.error as last_error,
        latest_success.finished_at as last_success_at,
        latest_success.rows_loaded as last_success_rows
    from latest
    left join latest_success using (source)
)

select * from final
order by source
