-- unique: one row per complaint (checked for the complaints this run rebuilt; a --full run checks all)
select complaint_id, count(*) as copies
from mart_complaint_detail
where complaint_id in (select complaint_id from batch_fact_complaints)
group by complaint_id
having count(*) > 1
