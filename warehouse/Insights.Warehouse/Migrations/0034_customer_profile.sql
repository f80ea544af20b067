-- A customer's profile as one row (/customers/{id}, issue 18's speed): a first view of the profile read a row group of five
-- tables (dim_customer and the four per-customer marts of migration 0020) and spent most of its time loading and decoding
-- their column blocks, ~1-1.5 ms a table even for one customer's rows; 20 clients asking for profiles nobody asked before
-- waited 350 ms at p95 on 2 cores. This table keeps each customer's versions and events as one JSON document (one column), in
-- customer order, so that a first view reads one row. Kept by Models/marts/mart_customer_profile.sql after each load (the
-- customers the load touched), filled here once from what the warehouse already holds (the model's statement for every
-- customer).

-- the order is what makes this table fast
set preserve_insertion_order = true;

-- one row per customer (business id, across type-2 versions)
create table mart_customer_profile (
    customer_id integer not null,
    profile     varchar not null            -- JSON: versions, order_lines, returns, contacts, complaints (arrays of row arrays)
);

insert into mart_customer_profile by name
with versions as (
    select
        customer_id,
        -- the version's number in the customer's history (by valid_from, then customer_key) where profile.sql has customer_key:
        -- the page orders by it the same way, and a full build, which numbers the keys anew, writes the same document
        list(json_array(customer_id, full_name, preferred_name, email, region, signup_channel, signed_up_at, is_inferred,
                        is_current, valid_from, version_number) order by version_number) as versions
    from (
        select *, row_number() over (partition by customer_id order by valid_from, customer_key) as version_number
        from dim_customer
    )
    group by customer_id
),

order_lines as (
    select
        customer_id,
        list(json_array(order_id, line_number, ordered_at, channel_key, order_status, quantity, gross_amount::varchar,
                        discount_amount::varchar, net_amount::varchar, product_key) order by order_id, line_number) as order_lines
    from mart_customer_order_line
    group by customer_id
),

returns as (
    select
        customer_id,
        list(json_array(return_id, returned_at, order_id, product_key, quantity, refund_amount::varchar, reason) order by return_id) as returns
    from mart_customer_return
    group by customer_id
),

contacts as (
    select
        customer_id,
        list(json_array(contact_id, contacted_at, channel_key, direction, topic, duration_seconds) order by contact_id) as contacts
    from mart_customer_contact
    group by customer_id
),

complaints as (
    select
        customer_id,
        list(json_array(complaint_id, opened_at, first_response_at, resolved_at, status, category, severity, hours_to_resolve,
                        complaint_text, order_id, product_key) order by complaint_id) as complaints
    from mart_customer_complaint
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
