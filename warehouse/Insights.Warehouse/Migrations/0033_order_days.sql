-- Completed orders per day × order channel × region × product category for the service report's complaint rates (issue 17's
-- speed): the complaints view counted its denominators per request by joining every completed order of the period to the
-- customer versions (6.5 M orders at SF10: about 2 s of CPU for an unfiltered first view, 0.5 s for one region); from this
-- table a view without a segment filter sums a few thousand rows. Kept by Models/marts/mart_order_day.sql after each load.
-- Left empty here: its model fills it (migration 0044 names it pending where the warehouse already held rows; this file
-- once repeated the model's statement, see SupersededMigrations.cs).

-- one row per day, order channel, region and kind of count (per_category false: every order once, category null; true: the
-- orders with a line in the category)
create table mart_order_day (
    ordered_on      date not null,
    channel_code    varchar,                    -- the order's sales channel
    region          varchar,                    -- of the customer version in force at the order
    per_category    boolean not null,
    category        varchar,                    -- null when per_category is false
    orders          bigint not null
);
