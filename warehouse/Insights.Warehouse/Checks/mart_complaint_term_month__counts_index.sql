-- relationships: each cell of the months this run's complaints are opened in (a --full run checks all) holds the complaints
-- of the term index in that month, region and category, term for term (words and two-word phrases: the index's three-word
-- phrases are the search's alone), so a cell left behind, missing or miscounted, or a three-word phrase, shows here
with checked as (
    select distinct date_trunc('month', opened_at)::date as month_start
    from fct_complaint
    where complaint_id in (select complaint_id from batch_fact_complaints)
),

facts as (
    select
        date_trunc('month', complaints.opened_at)::date as month_start, customers.region, complaints.category,
        terms.term, terms.is_phrase, count(*) as count_complaints
    from mart_complaint_term as terms
    join fct_complaint as complaints on complaints.complaint_id = terms.complaint_id
    join dim_customer as customers on customers.customer_key = complaints.customer_key
    where date_trunc('month', complaints.opened_at)::date in (select month_start from checked)
      and terms.word_count <= 2
    group by all
),

marts as (
    select month_start, region, category, term, is_phrase, count_complaints
    from mart_complaint_term_month
    where month_start in (select month_start from checked)
),

differences as (
    (select 'missing in mart' as problem, * from (select * from facts except all select * from marts))
    union all
    (select 'not in facts' as problem, * from (select * from marts except all select * from facts))
)

select * from differences
