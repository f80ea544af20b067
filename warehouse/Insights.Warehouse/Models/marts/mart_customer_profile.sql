-- one row per customer (business id): what the loads know of the customer that their profile page shows (every type-2
-- version, every order line, return, contact and complaint; see migration 0036) as one JSON document, so that a first view
-- of the profile reads one row instead of a row group of each per-customer table. Rebuilt for the customers this run
-- touched: a customer version landed (batch_customers, which covers an inferred member filled in), and the customers of
-- every landed version of the orders, returns, contacts and complaints the facts rebuilt (before and after a change of
-- customer, as batch_order_days takes them). A full build (also the first load after migration 0036, which leaves the model
-- pending) writes every customer; any build goes in slices of $chunk_customers customers (ModelRunner: batch_slices), so
-- that 1 M documents are built a slice at a time within the memory limit; a day's customers are one slice. A day's rows go in as a
-- small tail in customer order after the sorted body, whose zonemaps still skip.
-- Reads the per-customer marts (mart_customer_order_line, _return, _contact, _complaint), already current for this run.
-- inputs: dim_customer, mart_customer_order_line, mart_customer_return, mart_customer_contact, mart_customer_complaint, stg_orders, stg_returns, stg_contacts, stg_complaints, batch_customers, batch_fact_orders, batch_fact_returns, batch_fact_contacts, batch_fact_complaints

-- the customers whose document this run rewrites, each with its slice of $chunk_customers customers in id order: every
-- customer under $full, else the customers the run touched (a day's are one slice; a source's first load on a loaded
-- warehouse touches most customers, and one slice of them all would not fit the memory limit at SF10)
create or replace temp table batch_profile_customers as
with touched as (
    select customer_id from dim_customer where $full
    union
    select customer_id from batch_customers where not $full
    union
    select customer_id from stg_orders
    where not $full and order_id in (select order_id from batch_fact_orders)
    union
    select orders.customer_id
    from stg_returns as returns
    join stg_orders as orders on orders.order_id = returns.order_id
    where not $full and returns.return_id in (select return_id from batch_fact_returns)
    union
    select customer_id from stg_contacts
    where not $full and contact_id in (select contact_id from batch_fact_contacts)
    union
    select customer_id from stg_complaints
    where not $full and complaint_id in (select complaint_id from batch_fact_complaints)
)

select
    customer_id,
    ((row_number() over (order by customer_id) - 1) // $chunk_customers)::integer as slice
from touched;

create or replace temp table batch_slices as
select distinct slice from batch_profile_customers;

-- (under $full the runner emptied the table)
delete from mart_customer_profile
where not $full and customer_id in (select customer_id from batch_profile_customers);

-- the runner turns insertion order off for its big models; this table's order is what makes a profile fast, so it is kept here
set session preserve_insertion_order = true;

-- Each kind's rows as JSON arrays in the columns of the profile's own reads (profile.sql, timeline_*.sql), which
-- CustomerProfileDocument reads by position and the page puts in order itself. A kind's list is gathered in no order (an
-- ordered list aggregate buffers every group's rows apart: 1 M customers' did not fit in 4 GB) and then sorted as text
-- (list_sort), so a document is the same however it was built. Money goes in as text: a JSON number drops a
-- DECIMAL(12, 2)'s trailing zeros (90.00 would read back as 90.0). Runs once per slice (ModelRunner: batch_slices).
insert into mart_customer_profile by name
with customers as (
    select customer_id from batch_profile_customers where slice = $slice
),

versions as (
    select
        customer_id,
        -- the version's number in the customer's history (by valid_from, then customer_key) where profile.sql has customer_key:
        -- the page orders by it the same way, and a full build, which numbers the keys anew, writes the same document
        list_sort(list(json_array(customer_id, full_name, preferred_name, email, region, signup_channel, signed_up_at, is_inferred,
                                  is_current, valid_from, version_number))) as versions
    from (
        select *, row_number() over (partition by customer_id order by valid_from, customer_key) as version_number
        from dim_customer
        where customer_id in (select customer_id from customers)
    )
    group by customer_id
),

order_lines as (
    select
        customer_id,
        list_sort(list(json_array(order_id, line_number, ordered_at, channel_key, order_status, quantity, gross_amount::varchar,
                                  discount_amount::varchar, net_amount::varchar, product_key))) as order_lines
    from mart_customer_order_line
    where customer_id in (select customer_id from customers)
    group by customer_id
),

returns as (
    select
        customer_id,
        list_sort(list(json_array(return_id, returned_at, order_id, product_key, quantity, refund_amount::varchar, reason))) as returns
    from mart_customer_return
    where customer_id in (select customer_id from customers)
    group by customer_id
),

contacts as (
    select
        customer_id,
        list_sort(list(json_array(contact_id, contacted_at, channel_key, direction, topic, duration_seconds))) as contacts
    from mart_customer_contact
    where customer_id in (select customer_id from customers)
    group by customer_id
),

complaints as (
    select
        customer_id,
        list_sort(list(json_array(complaint_id, opened_at, first_response_at, resolved_at, status, category, severity,
                                  hours_to_resolve, complaint_text, order_id, product_key))) as complaints
    from mart_customer_complaint
    where customer_id in (select customer_id from customers)
    group by customer_id
),

final as (
    select
        -- ids
        versions.customer_id,
        -- the document
        json_object(
            'versions', versions.versions,
            'order_lines', coalesce(order_lines.order_lines, []),
            'returns', coalesce(returns.returns, []),
            'contacts', coalesce(contacts.contacts, []),
            'complaints', coalesce(complaints.complaints, [])
        )::varchar as profile
    from versions
    left join order_lines on order_lines.customer_id = versions.customer_id
    left join returns on returns.customer_id = versions.customer_id
    left join contacts on contacts.customer_id = versions.customer_id
    left join complaints on complaints.customer_id = versions.customer_id
)

select * from final
order by customer_id;

set session preserve_insertion_order = false;
