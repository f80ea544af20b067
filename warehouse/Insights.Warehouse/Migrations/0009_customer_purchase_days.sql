-- The purchase-day history the purchase-interval report reads (BG/NBD, Gamma-Gamma, gaps): one row per customer and day.
-- Kept by Models/marts/mart_customer_purchase_day.sql after each load. Left empty here: its model fills it (migration 0044 names it pending where the warehouse already held rows; this file
-- once repeated the model's statement, see SupersededMigrations.cs).

-- one row per customer (business id, across type-2 versions) and day with at least one completed order line
create table mart_customer_purchase_day (
    customer_id     integer not null,
    purchase_on     date not null,
    count_lines     bigint not null,                -- completed order lines that day
    net_amount      decimal(18, 2) not null         -- their net amount (the day's spend)
);
