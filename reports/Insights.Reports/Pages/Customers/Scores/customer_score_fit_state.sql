-- at most one row: the run the marts are current for and the fingerprint of the inputs they were fitted on (none: never
-- fitted), and what the offers were computed for (level, as-of day; null with a problem: not computed), which an update of
-- only some customers' offers keeps
select current_run_id, inputs_fingerprint, offers_level, offers_as_of, offers_problem
from mart_customer_score_fit
