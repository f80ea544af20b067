-- at most one row: the fit the after-load scores step kept (mart_customer_score_fit), the run it was written for and the latest
-- finished run (IntervalsMart asks CustomerScoresStep.InputsUnchanged whether the runs between changed its inputs), and whether its rows carry the win-back list's amounts (migration 0047; null until the step's next run) and it wrote the
-- category cycles (migration 0074)
with latest_run as (
    select coalesce(max(run_id), 0) as run_id from etl_run where finished_at is not null
),

fit as (
    select * from mart_customer_score_fit order by run_id desc limit 1
),

final as (
    select
        -- dates
        fit.as_of_date,
        -- numerics
        fit.clv_months,
        fit.discount_rate,
        fit.margin,
        fit.overdue_factor,
        fit.bg_nbd_r,
        fit.bg_nbd_alpha,
        fit.bg_nbd_a,
        fit.bg_nbd_b,
        -- flags
        fit.is_trusted,
        fit.current_run_id,
        latest_run.run_id as latest_run_id,
        not exists (select 1 from mart_customer_score where total_amount is null) as has_amounts,
        fit.category_cycle_run_id is not null as has_categories
    from fit, latest_run
)

select * from final
