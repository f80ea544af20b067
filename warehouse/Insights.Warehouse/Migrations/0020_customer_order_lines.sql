-- Every order line in customer order, for the profile's timeline (/customers/{id}, issue 18); kept by
-- Models/marts/mart_customer_order_line.sql after each load. fct_order_line is in load order, so reading one customer's orders
-- scanned the customer key of every line (20.9 M at SF10: 0.3-0.5 s a profile). This table is written in customer order:
-- DuckDB's per-row-group min/max (zonemaps) skip every row group but the customer's, and a profile reads a few thousand rows
-- (measured: docs/performance.md, "Customers"). Filled here once from what the warehouse already holds.
-- (0019 is the customer scores' migration, written in the same session on another branch.)

-- one row per order line (every status): fct_order_line's columns the timeline shows, keyed by the business customer id
create table mart_customer_order_line (
    customer_id      integer not null,              -- business id, across type-2 versions
    order_id         bigint not null,
    line_number      integer not null,
    ordered_at       timestamp not null,
    product_key      bigint not null,               -- the product's name is read at the page: a renamed product shows its new name
    channel_key      integer not null,
    order_status     varchar not null,
    quantity         integer not null,
    gross_amount     decimal(12, 2) not null,
    discount_amount  decimal(12, 2) not null,
    net_amount       decimal(12, 2) not null
);

-- the order is what makes the table fast; it can spill to disk, unlike an aggregate keeping each order's lines
set preserve_insertion_order = true;

insert into mart_customer_order_line
select customers.customer_id, lines.order_id, lines.line_number, lines.ordered_at, lines.product_key, lines.channel_key,
       lines.order_status, lines.quantity, lines.gross_amount, lines.discount_amount, lines.net_amount
from fct_order_line as lines
join dim_customer as customers on customers.customer_key = lines.customer_key
order by customers.customer_id, lines.order_id, lines.line_number;
