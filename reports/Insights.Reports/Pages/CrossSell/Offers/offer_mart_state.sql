-- at most one row: what the after-load offers (mart_customer_offer) were computed for, and the latest finished run, so the
-- page reads them only while they are current and were computed (no row: never fitted)
select
    fit.current_run_id,
    (select coalesce(max(run_id), 0) from etl_run where finished_at is not null) as latest_run_id,
    fit.offers_level,
    fit.offers_as_of,
    fit.offers_horizon_days,
    fit.offers_customers,
    fit.offers_min_count,
    fit.offers_pair_rules,
    fit.offers_has_segments,
    fit.offers_modelled,
    fit.offers_model_note,
    fit.offers_problem
from mart_customer_score_fit as fit
