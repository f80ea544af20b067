-- at most one row: the fit the per-customer model marts (mart_customer_score, mart_customer_offer) were written from; none: not
-- computed yet. has_category_overdue: that fit wrote mart_customer_category_overdue (a fit row from before migration 0048 did not)
select
    as_of_date,
    is_trusted,
    is_spend_trusted,
    bg_nbd_diagnosis,
    gamma_gamma_diagnosis,
    offers_problem,
    category_overdue_run_id is not null as has_category_overdue
from mart_customer_score_fit
order by run_id desc
limit 1
