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
-- How: each contact day is the latest contact for the control days from it to the day before the customer's next contact
-- day, and each order the first after the noon of the control days from its predecessor's to it, so both list their control
-- days within 365 days as month ranges (a window over each customer's contacts and orders, no join): linear in the rows, for a
-- full build as for a few customers. (The as-of joins this replaced were planned by row estimates: in a load whose
-- transaction had just filled mart_contact_followup, the estimates said empty and DuckDB joined every control day to every
-- contact and order of its customer, a nested loop that did not end at SF1 in 9 minutes.)
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

-- whether a month has begun since the last build: its control day is then computed for every customer
begun as (
    select coalesce(date_trunc('month', last_day)::date > old_last_day, false) as is_month_begun from span
),

-- the customers whose every control day is computed (all when whole, the run's otherwise); for the others only the control
-- days past the last build's last day (a month begun)
run_customers as (
    select distinct customer_id from mart_contact_followup
    where (select is_whole from span) or customer_id in (select customer_id from batch_control_customers)
),

-- the contact days that can be the latest contact within 365 days of a control day to compute, each with the next contact
-- day of the customer: it is the latest for the control days from it to the day before the next one
contact_days as (
    select customer_id, contacted_on, lead(contacted_on) over (partition by customer_id order by contacted_on) as next_contacted_on
    from (
        select distinct customer_id, contacted_at::date as contacted_on
        from mart_contact_followup
        where (select is_whole from span)
           or customer_id in (select customer_id from run_customers)
           or ((select is_month_begun from begun) and contacted_at::date > (select old_last_day from span) - 366)
    )
),

-- the orders that can be the first after a control day's noon within 365 days, each with the customer's previous order: it is
-- the first for the control days whose noon falls at or after the previous one and before it (orders of customers with a
-- contact only; an order dropped here lies before every control day its customer still needs)
orders as (
    select customer_id, ordered_at, lag(ordered_at) over (partition by customer_id order by ordered_at) as prev_ordered_at
    from mart_customer_order
    where customer_id in (select customer_id from mart_contact_followup)
      and ((select is_whole from span)
           or customer_id in (select customer_id from run_customers)
           or ((select is_month_begun from begun) and ordered_at > (select old_last_day from span)))
),

-- each control day with its latest contact (on the day counts) within 365 days: the month firsts from the contact day to
-- the earlier of the day before the next contact day and 365 days later
contact_gaps as (
    select customer_id, anchor_on, anchor_on - contacted_on as days_since_contact
    from (
        select
            customer_id,
            contacted_on,
            unnest(generate_series(date_trunc('month', contacted_on)::timestamp,
                least(coalesce(next_contacted_on - 1, contacted_on + 365), contacted_on + 365)::timestamp,
                interval 1 month))::date as anchor_on
        from contact_days
    )
    where anchor_on >= contacted_on
),

-- each control day with its first order after its noon within 365 days: the month firsts before the order (noon before it)
-- and not before 365 days ahead of its day, whose noon is at or after the previous order
order_gaps as (
    select customer_id, anchor_on, ordered_at::date - anchor_on as days_to_order
    from (
        select
            customer_id,
            ordered_at,
            prev_ordered_at,
            unnest(generate_series(date_trunc('month', greatest(ordered_at::date - 365, coalesce(prev_ordered_at::date - 1, ordered_at::date - 365)))::timestamp,
                ordered_at::date::timestamp, interval 1 month))::date as anchor_on
        from orders
    )
    where anchor_on >= ordered_at::date - 365
      and anchor_on + interval 12 hour < ordered_at
      and (prev_ordered_at is null or prev_ordered_at <= anchor_on + interval 12 hour)
),

-- the control days to compute: within the span, all of the run's customers', the others' past the last build's last day
gaps as (
    select customer_id, anchor_on, max(days_since_contact) as days_since_contact, max(days_to_order) as days_to_order
    from (
        select customer_id, anchor_on, days_since_contact, null::integer as days_to_order from contact_gaps
        union all
        select customer_id, anchor_on, null, days_to_order from order_gaps
    )
    where anchor_on between (select first_anchor_on from span) and (select last_day from span)
      and ((select is_whole from span)
           or anchor_on > (select old_last_day from span)
           or customer_id in (select customer_id from run_customers))
    group by customer_id, anchor_on
),

final as (
    select
        -- ids
        customer_id,
        -- dates
        anchor_on,
        -- gaps in days (within 365: the largest window)
        days_since_contact::smallint as days_since_contact,
        days_to_order::smallint as days_to_order,
        least(coalesce(days_since_contact, 366), coalesce(days_to_order, 366))::smallint as days_first
    from gaps
)

select * from final
order by days_first, customer_id, anchor_on;

set session preserve_insertion_order = false;

delete from mart_contact_control_span;

insert into mart_contact_control_span (first_anchor_on, last_day)
select first_anchor_on, last_day from batch_control_span
where first_anchor_on is not null and last_day is not null;
