-- expression: the control days mart_contact_control holds run from the month of the first contact to the data's last day
-- (the latest completed order's), as the view needs; a built span that is not is stale
select s.first_anchor_on, s.last_day
from mart_contact_control_span as s
where s.first_anchor_on is distinct from (select date_trunc('month', min(contacted_at))::date from mart_contact_followup)
   or s.last_day is distinct from (select max(ordered_at)::date from mart_customer_order)
