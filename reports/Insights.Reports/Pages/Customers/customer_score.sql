-- at most one row: the fit the per-customer marts were written from (none: not computed yet), with the customer's model
-- figures and rhythm from it (null columns: no purchase on or before its as-of date). mart_customer_score is in customer
-- order (the scores step writes it so): its zonemaps skip every other customer's row groups.
with fit as (
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
)

select
    fit.*,
    scores.count_purchase_days,
    scores.last_purchase_on,
    scores.p_alive,
    scores.expected_purchases_90d,
    scores.expected_average_amount,
    scores.clv_amount,
    scores.mean_gap_days,
    scores.median_gap_days,
    scores.days_since_last,
    scores.overdue_ratio,
    scores.is_overdue
from fit
left join mart_customer_score as scores on scores.customer_id = $id
