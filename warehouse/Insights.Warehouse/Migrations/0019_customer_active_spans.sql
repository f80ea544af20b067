-- The active customers of the service report's channels view (issue 17's speed): per customer, the stretches of months in
-- which they have a completed order in the month or the 12 before, cut by the customer version in force at the months' ends.
-- The view read them from every completed order per request (seconds at SF10); kept by
-- Models/marts/mart_customer_active_span.sql after each load.
-- Left empty here: its model fills it (migration 0044 names it pending where the warehouse already held rows; this file
-- once repeated the model's statement, see SupersededMigrations.cs).

-- one row per customer (business id) and stretch of months active under one customer version
create table mart_customer_active_span (
    customer_id     integer not null,
    region          varchar not null,               -- of the version in force at the stretch's months' ends
    start_month     date not null,                  -- first day of the stretch's first month
    end_month       date not null                   -- first day of its last month (included)
);
