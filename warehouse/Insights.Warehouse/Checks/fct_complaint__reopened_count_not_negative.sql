-- a complaint is reopened zero or more times (null: the export does not say)
select complaint_id, reopened_count
from fct_complaint
where complaint_id in (select complaint_id from batch_fact_complaints)
  and reopened_count < 0
