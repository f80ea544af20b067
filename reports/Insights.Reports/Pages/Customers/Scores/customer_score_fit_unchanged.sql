-- the inputs did not change in run $run_id: the rows stay, and the fit row says they are current for that run too
update mart_customer_score_fit
set current_run_id = $run_id
where current_run_id < $run_id
