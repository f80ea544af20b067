-- unique: one row per month, region, category and term (checked for the months of this run's complaints; --full: all)
select month_start, region, category, term, is_phrase, count(*) as copies
from mart_complaint_term_month
where month_start in (
    select date_trunc('month', opened_at)::date from fct_complaint
    where complaint_id in (select complaint_id from batch_fact_complaints))
group by all
having count(*) > 1
