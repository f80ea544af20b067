-- at most one row: the fit the per-customer model marts (mart_customer_score, mart_customer_offer) were written from; none: not
-- computed yet
select
    as_of_date,
    is_trusted,
    is_spend_trusted,
    bg_nbd_diagnosis,
    gamma_gamma_diagnosis,
    offers_problem
from mart_customer_score_fit
order by run_id desc
limit 1
