-- one row per customer a complaints view can list, with their current names and e-mail: those with an open complaint (the
-- backlog of any view lists only open complaints) or with two complaints or more (a repeat complainer has two in view, so two
-- at least in all). Read once per warehouse state and kept (ComplaintsQuery.Names), so a view's lists join no customer
-- version: at SF10 reading the names of a view's complainers from the million customer versions was about a third of its
-- first view. From the facts, so it holds for a warehouse whose marts no load has filled yet.
with complaints as (
    select customers.customer_id, facts.resolved_at
    from fct_complaint as facts
    join dim_customer as customers on customers.customer_key = facts.customer_key
),

listed as (
    select customer_id
    from complaints
    group by customer_id
    having count(*) >= 2 or count(*) filter (where resolved_at is null) > 0
)

select customer_id::bigint as customer_id, full_name, preferred_name, email
from dim_customer
where is_current and customer_id in (select customer_id from listed);
