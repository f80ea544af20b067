-- accepted_values: severity and status are ones the reports understand
select complaint_id, severity, status
from fct_complaint
where complaint_id in (select complaint_id from batch_fact_complaints)
  and (severity not in ('low', 'medium', 'high', 'critical') or status not in ('open', 'in_progress', 'resolved'))
