-- unique: one row per contact (checked for the contacts this run rebuilt; a --full run checks all)
select contact_id, count(*) as copies
from mart_customer_contact
where contact_id in (select contact_id from batch_fact_contacts)
group by contact_id
having count(*) > 1
