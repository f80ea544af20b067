-- one row per month of opening, region (the customer version in force at the opening), complaint category and word or
-- two-word phrase of the index (see migration 0055; its three-word phrases, 0068, serve the search alone): the complaints holding the term, so the texts view's characteristic terms of whole months
-- without a segment sum 0.58 M rows (SF10) instead of counting the 8 M index rows per request. Recomputed for the months of
-- the complaints the term index rebuilt (batch_fact_complaints; every landed version's month, so a complaint moved to another
-- month, region or category leaves its old cell), every month under $full.
-- inputs: mart_complaint_term, fct_complaint, dim_customer, stg_complaints, batch_fact_complaints
create or replace temp table batch_complaint_term_months as
select distinct date_trunc('month', opened_at)::date as month_start
from stg_complaints
where not $full and complaint_id in (select complaint_id from batch_fact_complaints) and opened_at is not null;

delete from mart_complaint_term_month
where $full or month_start in (select month_start from batch_complaint_term_months);

insert into mart_complaint_term_month by name
with complaints as (
    select
        complaints.complaint_id,
        date_trunc('month', complaints.opened_at)::date as month_start,
        customers.region,
        complaints.category
    from fct_complaint as complaints
    join dim_customer as customers on customers.customer_key = complaints.customer_key
    where $full or date_trunc('month', complaints.opened_at)::date in (select month_start from batch_complaint_term_months)
),

final as (
    select
        -- attributes
        complaints.month_start,
        complaints.region,
        complaints.category,
        terms.term,
        terms.is_phrase,
        -- numerics
        count(*) as count_complaints
    from mart_complaint_term as terms
    join complaints on complaints.complaint_id = terms.complaint_id
    where terms.word_count <= 2
    group by all
)

select * from final
order by month_start, region, category, term;
