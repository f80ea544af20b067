-- Completed orders by customer in a narrow form, the loyalty report's source for filtered views (a region, channel, category or
-- as-of date the mart_customer_rfm default view does not cover) and mart_customer_rfm's own input: a filtered view reads these
-- instead of joining the order lines with four dimensions. Kept by Models/marts/mart_customer_category_order.sql and mart_customer_order.sql after each load.
-- Left empty here: their models fill them (migration 0044 names them pending where the warehouse already held rows; this file
-- once repeated the model's statement, see SupersededMigrations.cs).

-- one row per completed order
create table mart_customer_order (
    customer_id       integer not null,             -- business id, across type-2 versions
    order_id          bigint not null,
    ordered_at        timestamp not null,
    channel_code      varchar not null,
    net_amount        decimal(18, 2) not null,      -- the order's completed net amount
    full_price_amount decimal(18, 2) not null       -- of which lines sold without discount
);

-- one row per completed order and product category: the order's lines in that category
create table mart_customer_category_order (
    customer_id       integer not null,
    order_id          bigint not null,
    ordered_at        timestamp not null,
    channel_code      varchar not null,
    category          varchar not null,
    net_amount        decimal(18, 2) not null,
    full_price_amount decimal(18, 2) not null
);
