-- A customer's facts in customer order, for the profile's timeline (/customers/{id}, issue 18); kept by the models
-- Models/marts/mart_customer_{order_line,return,contact,complaint}.sql after each load. The facts are in load order and keyed
-- by customer version, so a profile scanned the customer key of every fact row (20.9 M order lines, 3.1 M contacts at SF10:
-- 0.3-0.5 s a profile for the order lines alone). These tables are written in customer order (business id): DuckDB's
-- per-row-group min/max (zonemaps) skip every row group but the customer's, and a profile reads a few thousand rows
-- (measured: docs/performance.md, "Customers"). Each holds the columns its timeline query shows, with the keys of the small
-- dimensions it names (a renamed product shows its new name). Filled here once from what the warehouse already holds.
-- (0019 is the customer scores' migration, written in the same session on another branch.)

-- the order is what makes these tables fast; a sort can spill to disk, unlike an aggregate keeping each order's lines
set preserve_insertion_order = true;

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

insert into mart_customer_order_line
select customers.customer_id, lines.order_id, lines.line_number, lines.ordered_at, lines.product_key, lines.channel_key,
       lines.order_status, lines.quantity, lines.gross_amount, lines.discount_amount, lines.net_amount
from fct_order_line as lines
join dim_customer as customers on customers.customer_key = lines.customer_key
order by customers.customer_id, lines.order_id, lines.line_number;

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

insert into mart_customer_return
select customers.customer_id, returns.return_id, returns.returned_at, returns.order_id, returns.product_key, returns.quantity,
       returns.refund_amount, returns.reason
from fct_return as returns
join dim_customer as customers on customers.customer_key = returns.customer_key
order by customers.customer_id, returns.return_id;

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

insert into mart_customer_contact
select customers.customer_id, contacts.contact_id, contacts.contacted_at, contacts.channel_key, contacts.direction, contacts.topic,
       contacts.duration_seconds
from fct_contact as contacts
join dim_customer as customers on customers.customer_key = contacts.customer_key
order by customers.customer_id, contacts.contact_id;

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

insert into mart_customer_complaint
select customers.customer_id, complaints.complaint_id, complaints.opened_at, complaints.first_response_at, complaints.resolved_at,
       complaints.status, complaints.category, complaints.severity, complaints.hours_to_resolve, complaints.complaint_text,
       complaints.order_id, complaints.product_key
from fct_complaint as complaints
join dim_customer as customers on customers.customer_key = complaints.customer_key
order by customers.customer_id, complaints.complaint_id;
