-- A customer's facts in customer order, for the profile's timeline (/customers/{id}, issue 18); kept by the models
-- Models/marts/mart_customer_{order_line,return,contact,complaint}.sql after each load. The facts are in load order and keyed
-- by customer version, so a profile scanned the customer key of every fact row (20.9 M order lines, 3.1 M contacts at SF10:
-- 0.3-0.5 s a profile for the order lines alone). These tables are written in customer order (business id): DuckDB's
-- per-row-group min/max (zonemaps) skip every row group but the customer's, and a profile reads a few thousand rows
-- (measured: docs/performance.md, "Customers"). Each holds the columns its timeline query shows, with the keys of the small
-- dimensions it names (a renamed product shows its new name).
-- Left empty here: their models fill them (migration 0044 names them pending where the warehouse already held rows; this file
-- once repeated the model's statement, see SupersededMigrations.cs).
-- (0019 is the customer scores' migration, written in the same session on another branch.)

-- one row per order line (every status)
create table mart_customer_order_line (
    customer_id      integer not null,              -- business id, across type-2 versions
    order_id         bigint not null,
    line_number      integer not null,
    ordered_at       timestamp not null,
    product_key      bigint not null,
    channel_key      integer not null,
    order_status     varchar not null,
    quantity         integer not null,
    gross_amount     decimal(12, 2) not null,
    discount_amount  decimal(12, 2) not null,
    net_amount       decimal(12, 2) not null
);

-- one row per return
create table mart_customer_return (
    customer_id      integer not null,
    return_id        bigint not null,
    returned_at      timestamp not null,
    order_id         bigint not null,
    product_key      bigint not null,
    quantity         integer not null,
    refund_amount    decimal(12, 2) not null,
    reason           varchar not null
);

-- one row per contact
create table mart_customer_contact (
    customer_id      integer not null,
    contact_id       bigint not null,
    contacted_at     timestamp not null,
    channel_key      integer not null,
    direction        varchar not null,
    topic            varchar,
    duration_seconds integer
);

-- one row per complaint
create table mart_customer_complaint (
    customer_id       integer not null,
    complaint_id      bigint not null,
    opened_at         timestamp not null,
    first_response_at timestamp,
    resolved_at       timestamp,
    status            varchar not null,
    category          varchar not null,
    severity          varchar not null,
    hours_to_resolve  double,
    complaint_text    varchar,                      -- user input: encode on output
    order_id          bigint,
    product_key       bigint                        -- null when the complaint is not about a product
);
