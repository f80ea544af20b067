-- at most one row: the fit the per-customer marts were written from (none: not computed yet)
select
    run_id,
    fitted_at,
    as_of_date,
    horizon_days,
    clv_months,
    discount_rate,
    overdue_factor,
    is_trusted,
    is_spend_trusted,
    bg_nbd_diagnosis,
    gamma_gamma_diagnosis,
    offers_problem
from mart_customer_score_fit
order by run_id desc
limit 1
