-- unique: one row per contact (checked for the contacts this run rebuilt; a --full run checks all)
select contact_id, count(*) as copies
from mart_contact_followup
where contact_id in (select contact_id from batch_fact_contacts)
   or customer_id in (select customer_id from batch_order_days)
group by contact_id
having count(*) > 1
