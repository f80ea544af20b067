-- The complaint texts view's characteristic terms from the load (issues 17/22: every first view at SF10 within 1 s; the
-- texts view took 1.06-1.11 s p95, most of it joining the 8 M rows of the term index to the complaints of the filter and
-- counting them per category and term on each request). One row per month of opening, region (the customer version in
-- force at the opening), complaint category and term of the index, with the complaints holding the term: 0.58 M rows at
-- SF10. A view of whole months without a segment sums them (complaint_terms_marts.sql); a segment (which every scoring
-- changes) or a period cutting a month reads the index as before (complaint_terms.sql). Kept by
-- Models/marts/mart_complaint_term_month.sql; left empty here and named pending, so the next `etl run` fills it whole.

-- one row per month of opening, region, complaint category and term (word, or two-word phrase when is_phrase)
create table mart_complaint_term_month (
    month_start         date not null,              -- first day of the month of opening
    region              varchar,                    -- of the customer version in force at the opening
    category            varchar,                    -- the complaint category
    term                varchar not null,
    is_phrase           boolean not null,
    count_complaints    bigint not null             -- complaints of the cell holding the term (each once)
);

insert into etl_model_pending (model)
select 'mart_complaint_term_month'
where 'mart_complaint_term_month' not in (select model from etl_model_pending);
