-- Landing tables: source rows as extracted, typed but not yet conformed. One table per source table; _run_id says which
-- etl_run landed the row. Full loads replace a source's raw tables inside the load transaction.

create table raw_customers (
    customer_id     integer,
    full_name       varchar,
    preferred_name  varchar,
    email           varchar,
    region          varchar,
    signup_channel  varchar,
    signed_up_at    timestamp,
    updated_at      timestamp,
    _run_id         bigint not null
);

create table raw_products (
    product_id      integer,
    sku             varchar,
    product_name    varchar,
    category        varchar,
    list_price      decimal(10, 2),
    updated_at      timestamp,
    _run_id         bigint not null
);

create table raw_orders (
    order_id        bigint,
    customer_id     integer,
    ordered_at      timestamp,
    channel         varchar,
    status          varchar,
    updated_at      timestamp,
    _run_id         bigint not null
);

create table raw_order_lines (
    order_id        bigint,
    line_number     integer,
    product_id      integer,
    quantity        integer,
    unit_price      decimal(10, 2),
    discount_amount decimal(10, 2),
    _run_id         bigint not null
);

create table raw_returns (
    return_id       bigint,
    order_id        bigint,
    line_number     integer,
    returned_at     timestamp,
    quantity        integer,
    refund_amount   decimal(10, 2),
    reason          varchar,
    _run_id         bigint not null
);

create table raw_contacts (
    contact_id       bigint,
    customer_id      integer,
    contacted_at     timestamp,
    channel          varchar,
    direction        varchar,
    duration_seconds integer,
    topic            varchar,
    _source_file     varchar,
    _run_id          bigint not null
);

create table raw_complaints (
    complaint_id    bigint,
    customer_id     integer,
    order_id        bigint,
    product_id      integer,
    category        varchar,
    severity        varchar,
    opened_at       timestamp,
    resolved_at     timestamp,
    status          varchar,
    complaint_text  varchar,
    _source_file    varchar,
    _run_id         bigint not null
);
