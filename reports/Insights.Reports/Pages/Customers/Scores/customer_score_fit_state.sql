-- at most one row: the run the marts are current for and the fingerprint of the inputs they were fitted on (none: never fitted)
select current_run_id, inputs_fingerprint
from mart_customer_score_fit
