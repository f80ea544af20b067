-- Each customer's completed orders summed as of the loyalty report's four scoring dates, the input mart_customer_rfm scores.
-- Kept by Models/marts/mart_customer_order_totals.sql for the customers a load can have changed, so a day's load reads that
-- day's customers' orders rather than every order. Left empty here: the model's first run fills it for every customer.

-- one row per customer (business id) and scoring date with at least one completed order before that date
create table mart_customer_order_totals (
    period             varchar not null,           -- now, month, quarter, year: as of the as-of date less 0, 1, 3, 12 months
    scored_on          date not null,              -- the orders before this date count
    customer_id        integer not null,
    count_orders       bigint not null,
    net_amount         decimal(18, 2) not null,
    full_price_amount  decimal(18, 2) not null,
    first_ordered_at   timestamp not null,
    second_ordered_at  timestamp,                  -- 'now' rows only (null there for one-order customers)
    last_ordered_on    date not null
);
