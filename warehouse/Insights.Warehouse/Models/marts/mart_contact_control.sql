-- one row per customer with a contact and control day of "what contacts lead to" (the 1st of each month from the month of the
-- first contact to the data's last day) with a contact of the customer within 365 days before it (on the day counts) or a
-- completed order of theirs within 365 days after its noon (see migration 0040): the days since the latest such contact and
-- the days to the first such order. The view's baseline for a window N is then a count: a control day is ruled out when
-- days_since_contact <= N and followed when days_to_order <= N; a day without a row is neither for any N (N <= 365).
-- mart_contact_control_span records the control days held. Recomputed: every control day of the customers of the contacts
-- this run rebuilt (batch_fact_contacts) and of its orders (batch_order_days: placed, cancelled or moved); the control days
-- past the data's last day are dropped and those newly within it (a month begun) computed for every customer; a full build,
-- or a first contact in an earlier month than the span's, computes every row. Rows are written in the order of the smaller
-- gap, so that a view with a window N reads only the row groups holding a gap of at most N.
-- reads the mart mart_contact_followup (every contact with its customer) and mart_customer_order (the completed orders)
-- inputs: mart_contact_followup, mart_customer_order, fct_contact, dim_customer, batch_fact_contacts, batch_order_days, mart_contact_control_span
create or replace temp table batch_control_span as
select
    (select date_trunc('month', min(contacted_at))::date from mart_contact_followup) as first_anchor_on,
    (select max(ordered_at)::date from mart_customer_order) as last_day,
    (select any_value(first_anchor_on) from mart_contact_control_span) as old_first_anchor_on,
    (select any_value(last_day) from mart_contact_control_span) as old_last_day,
    $full or (select any_value(first_anchor_on) from mart_contact_control_span) is distinct from
        (select date_trunc('month', min(contacted_at))::date from mart_contact_followup) as is_whole;

create or replace temp table batch_control_customers as
select c.customer_id
from fct_contact as f
join dim_customer as c on c.customer_key = f.customer_key
where f.contact_id in (select contact_id from batch_fact_contacts)
union
select customer_id from batch_order_days;

delete from mart_contact_control
where (select is_whole from batch_control_span)
   or customer_id in (select customer_id from batch_control_customers)
   or anchor_on > coalesce((select last_day from batch_control_span), date '0001-01-01');

set session preserve_insertion_order = true;

insert into mart_contact_control by name
with span as (
    select * from batch_control_span
),

anchors as (
    select unnest(generate_series(first_anchor_on::timestamp, last_day::timestamp, interval 1 month))::date as anchor_on
    from span
    where first_anchor_on <= last_day
),

-- the control days to compute: all when whole, those past the last build's last day for every customer, every one of the
-- run's customers
targets as (
    select k.customer_id, a.anchor_on
    from (select distinct customer_id from mart_contact_followup) as k
    cross join anchors as a
    where (select is_whole from span)
       or a.anchor_on > (select old_last_day from span)
       or k.customer_id in (select customer_id from batch_control_customers)
),

contact_days as (
    select distinct customer_id, contacted_at::date as contacted_on
    from mart_contact_followup
    where (select is_whole from span) or customer_id in (select customer_id from targets)
),

orders as (
    select customer_id, ordered_at
    from mart_customer_order
    where (select is_whole from span) or customer_id in (select customer_id from targets)
),

-- the latest contact day on or before the control day, and the first order after its noon
gaps as (
    select
        t.customer_id,
        t.anchor_on,
        t.anchor_on - k.contacted_on as days_since_contact,
        o.ordered_at::date - t.anchor_on as days_to_order
    from targets as t
    asof left join contact_days as k on k.customer_id = t.customer_id and t.anchor_on >= k.contacted_on
    asof left join orders as o on o.customer_id = t.customer_id and t.anchor_on + interval 12 hour < o.ordered_at
),

final as (
    select
        -- ids
        customer_id,
        -- dates
        anchor_on,
        -- gaps in days (within 365: the largest window)
        case when days_since_contact <= 365 then days_since_contact end::smallint as days_since_contact,
        case when days_to_order <= 365 then days_to_order end::smallint as days_to_order,
        least(case when days_since_contact <= 365 then days_since_contact else 366 end,
              case when days_to_order <= 365 then days_to_order else 366 end)::smallint as days_first
    from gaps
    where days_since_contact <= 365 or days_to_order <= 365
)

select * from final
order by days_first, customer_id, anchor_on;

set session preserve_insertion_order = false;

delete from mart_contact_control_span;

insert into mart_contact_control_span (first_anchor_on, last_day)
select first_anchor_on, last_day from batch_control_span
where first_anchor_on is not null and last_day is not null;
