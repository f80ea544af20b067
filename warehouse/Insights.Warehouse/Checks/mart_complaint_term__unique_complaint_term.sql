-- unique: one row per complaint and term (a word, a two- or three-word phrase), so a search counts a complaint once per term
-- (checked for the complaints this run rebuilt; a --full run checks all)
select complaint_id, term, count(*) as copies
from mart_complaint_term
where complaint_id in (select complaint_id from batch_fact_complaints)
group by complaint_id, term
having count(*) > 1
