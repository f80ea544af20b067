-- The star schema. Models (Models/**) fill these tables; the tables themselves are defined here so their shape is versioned.
-- Keys are not declared as constraints: uniqueness and relationships are data checks run after each build (dbt style), which
-- keeps bulk rebuilds fast and lets a full refresh delete and re-insert inside one transaction.

-- one row per calendar day
create table dim_date (
    date_key        integer not null,              -- yyyymmdd
    full_date       date not null,
    year            integer not null,
    quarter         integer not null,
    month           integer not null,
    month_name      varchar not null,
    month_start     date not null,
    iso_week        integer not null,
    day_of_week     integer not null,              -- 1 = Monday
    day_name        varchar not null,
    is_weekend      boolean not null
);

-- one row per customer version (type 2 history: a new row when a segment-relevant attribute changes)
create table dim_customer (
    customer_key    bigint not null,
    customer_id     integer not null,
    full_name       varchar not null,
    preferred_name  varchar not null,              -- how the customer wants to be greeted
    email           varchar,
    region          varchar not null,
    signup_channel  varchar not null,
    signed_up_at    timestamp,
    valid_from      timestamp not null,
    valid_to        timestamp not null,
    is_current      boolean not null,
    is_inferred     boolean not null               -- referenced by a fact before its master row arrived
);

-- one row per product
create table dim_product (
    product_key     bigint not null,
    product_id      integer not null,
    sku             varchar,
    product_name    varchar not null,
    category        varchar not null,
    list_price_amount decimal(10, 2),
    is_inferred     boolean not null
);

-- one row per channel through which a customer buys or interacts; crm_face says which face of CRM it belongs to
create table dim_channel (
    channel_key     integer not null,
    channel_code    varchar not null,
    channel_name    varchar not null,
    crm_face        varchar not null,              -- operational (staff interaction), collaborative (self-service), sales
    is_self_service boolean not null
);

-- one row per order line (sales, cancelled orders kept with their status)
create table fct_order_line (
    order_id        bigint not null,
    line_number     integer not null,
    order_date_key  integer not null,
    ordered_at      timestamp not null,
    customer_key    bigint not null,
    product_key     bigint not null,
    channel_key     integer not null,
    order_status    varchar not null,
    quantity        integer not null,
    unit_price_amount decimal(10, 2) not null,
    gross_amount    decimal(12, 2) not null,       -- quantity * unit price
    discount_amount decimal(12, 2) not null,
    net_amount      decimal(12, 2) not null,       -- gross - discount
    is_discounted   boolean not null
);

-- one row per return of (part of) an order line. Its own fact, not a flag: a return has its own date, quantity and reason,
-- and "retention after a return" needs when it happened.
create table fct_return (
    return_id       bigint not null,
    order_id        bigint not null,
    line_number     integer not null,
    return_date_key integer not null,
    returned_at     timestamp not null,
    customer_key    bigint not null,
    product_key     bigint not null,
    quantity        integer not null,
    refund_amount   decimal(12, 2) not null,
    reason          varchar not null
);

-- one row per contact between customer and company (staff interactions and self-service events)
create table fct_contact (
    contact_id      bigint not null,
    contact_date_key integer not null,
    contacted_at    timestamp not null,
    customer_key    bigint not null,
    channel_key     integer not null,
    direction       varchar not null,              -- inbound, outbound
    duration_seconds integer,
    topic           varchar
);

-- one row per complaint
create table fct_complaint (
    complaint_id    bigint not null,
    customer_key    bigint not null,
    product_key     bigint,                        -- null when the complaint is not about a product
    order_id        bigint,
    opened_date_key integer not null,
    opened_at       timestamp not null,
    resolved_at     timestamp,
    status          varchar not null,
    category        varchar not null,
    severity        varchar not null,
    hours_to_resolve double,                       -- null while unresolved
    complaint_text  varchar                        -- user input: encode on output
);

-- one row per calendar month with completed sales
create table mart_revenue_by_month (
    month_start     date not null,
    count_orders    bigint not null,
    count_customers bigint not null,
    net_amount      decimal(18, 2) not null
);
