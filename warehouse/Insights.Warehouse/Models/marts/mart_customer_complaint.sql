-- one row per complaint (see migration 0020): fct_complaint in customer order, so that a profile's timeline reads one
-- customer's rows through the zonemaps instead of scanning every row. Rebuilt for the complaints fct_complaint rebuilt
-- (batch_fact_complaints: this run's complaints, a new state of one included, and those re-keyed to a new customer version); a
-- full build writes every row. A day's rows go in as a small tail in customer order after the sorted body, whose zonemaps still
-- skip.
-- inputs: fct_complaint, dim_customer, batch_fact_complaints
delete from mart_customer_complaint
where complaint_id in (select complaint_id from batch_fact_complaints);

-- the runner turns insertion order off for its big models; this table's order is what makes a profile fast, so it is kept here
set session preserve_insertion_order = true;

insert into mart_customer_complaint by name
with facts as (
    select * from fct_complaint
    where $full or complaint_id in (select complaint_id from batch_fact_complaints)
),

final as (
    select
        -- ids
        customers.customer_id,
        facts.complaint_id,
        -- timestamps
        facts.opened_at,
        facts.first_response_at,
        facts.resolved_at,
        -- attributes
        facts.status,
        facts.category,
        facts.severity,
        facts.complaint_text,
        -- numerics
        facts.hours_to_resolve,
        -- keys of what the page names
        facts.order_id,
        facts.product_key
    from facts
    join dim_customer as customers on customers.customer_key = facts.customer_key
)

select * from final
order by customer_id, complaint_id;

set session preserve_insertion_order = false;
