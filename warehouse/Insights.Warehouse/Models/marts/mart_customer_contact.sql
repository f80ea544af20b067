-- one row per contact (see migration 0020): fct_contact in customer order, so that a profile's timeline reads one customer's
-- rows through the zonemaps instead of scanning every row. Rebuilt for the contacts fct_contact rebuilt (batch_fact_contacts:
-- this run's contacts and those re-keyed to a new customer version); a full build writes every row. A day's rows go in as a
-- small tail in customer order after the sorted body, whose zonemaps still skip.
-- inputs: fct_contact, dim_customer, batch_fact_contacts
delete from mart_customer_contact
where contact_id in (select contact_id from batch_fact_contacts);

-- the runner turns insertion order off for its big models; this table's order is what makes a profile fast, so it is kept here
set session preserve_insertion_order = true;

insert into mart_customer_contact by name
with facts as (
    select * from fct_contact
    where $full or contact_id in (select contact_id from batch_fact_contacts)
),

final as (
    select
        -- ids
        customers.customer_id,
        facts.contact_id,
        -- timestamps
        facts.contacted_at,
        -- keys of what the page names
        facts.channel_key,
        -- attributes
        facts.direction,
        facts.topic,
        -- numerics
        facts.duration_seconds
    from facts
    join dim_customer as customers on customers.customer_key = facts.customer_key
)

select * from final
order by customer_id, contact_id;

set session preserve_insertion_order = false;
