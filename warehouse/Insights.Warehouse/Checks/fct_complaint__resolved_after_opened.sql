-- a complaint is resolved after it was opened
select complaint_id, opened_at, resolved_at
from fct_complaint
where resolved_at < opened_at
