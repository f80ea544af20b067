-- known complaint: every indexed term belongs to a complaint of fct_complaint (checked for the complaints this run rebuilt)
select terms.complaint_id, count(*) as terms
from mart_complaint_term as terms
left join fct_complaint as complaints on complaints.complaint_id = terms.complaint_id
where terms.complaint_id in (select complaint_id from batch_fact_complaints)
  and complaints.complaint_id is null
group by terms.complaint_id
