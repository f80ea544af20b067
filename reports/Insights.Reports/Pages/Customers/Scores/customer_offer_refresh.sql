-- after the offers of some customers (offer_refresh_customers, the caller's temporary table) were written again for run
-- $run_id: the fit row counts the offers now kept and says the marts are current for the run and its inputs
update mart_customer_score_fit
set current_run_id = $run_id,
    inputs_fingerprint = $inputs_fingerprint,
    count_offers = (select count(*) from mart_customer_offer)
