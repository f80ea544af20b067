-- The demo operational database (the "shop" system the ETL extracts from).
-- Foreign keys are added after the bulk load (operational_constraints.sql), as bulk loaders do.
-- One table per business entity, as an OLTP system keeps them; updated_at feeds incremental extraction later.
drop table if exists returns, order_lines, orders, products, customers cascade;

create table customers (
    customer_id     integer primary key,
    full_name       text not null,
    preferred_name  text not null,
    email           text not null,
    region          text not null,
    signup_channel  text not null,
    signed_up_at    timestamptz not null,
    updated_at      timestamptz not null
);

create table products (
    product_id      integer primary key,
    sku             text not null unique,
    product_name    text not null,
    category        text not null,
    list_price      numeric(10, 2) not null,
    updated_at      timestamptz not null
);

create table orders (
    order_id        bigint primary key,
    customer_id     integer not null,
    ordered_at      timestamptz not null,
    channel         text not null,
    status          text not null,
    updated_at      timestamptz not null
);

create table order_lines (
    order_id        bigint not null,
    line_number     integer not null,
    product_id      integer not null,
    quantity        integer not null,
    unit_price      numeric(10, 2) not null,
    discount_amount numeric(10, 2) not null,
    primary key (order_id, line_number)
);

create table returns (
    return_id       bigint primary key,
    order_id        bigint not null,
    line_number     integer not null,
    returned_at     timestamptz not null,
    quantity        integer not null,
    refund_amount   numeric(10, 2) not null,
    reason          text not null
);
