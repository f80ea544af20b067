-- a complaint is resolved after it was opened
select complaint_id, opened_at, resolved_at
from fct_complaint
where complaint_id in (select complaint_id from batch_fact_complaints)
  and resolved_at < opened_at
