-- expression: a contact's next order is a completed order of the same customer placed after the contact, and no completed
-- order of theirs falls between the two (checked for the contacts this run rebuilt; a --full run checks all)
select followups.contact_id
from mart_contact_followup as followups
where (followups.contact_id in (select contact_id from batch_fact_contacts)
       or followups.customer_id in (select customer_id from batch_order_days))
  and (followups.next_ordered_at <= followups.contacted_at
       or (followups.next_ordered_at is not null and not exists (
               select 1 from mart_customer_order as o
               where o.customer_id = followups.customer_id and o.ordered_at = followups.next_ordered_at))
       or exists (
               select 1 from mart_customer_order as o
               where o.customer_id = followups.customer_id
                 and o.ordered_at > followups.contacted_at
                 and (followups.next_ordered_at is null or o.ordered_at < followups.next_ordered_at)))
