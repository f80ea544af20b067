-- a complaint is first answered after it was opened, and no later than its resolution (a resolution answers the customer;
-- the same instant is fine: the first answer solved it). The ETL quarantines lines that break this; the check guards the model.
select complaint_id, opened_at, first_response_at, resolved_at
from fct_complaint
where complaint_id in (select complaint_id from batch_fact_complaints)
  and (first_response_at < opened_at or first_response_at > resolved_at)
