-- The complaints view's rate denominators with an RFM segment filter from the load (issues 17/22: every first view at SF10
-- within 1 s; a segment view took 1.4-1.6 s, most of it scanning the 6.5 M completed orders of mart_customer_order and joining
-- them to the customer versions per request, since mart_order_day (0033) keeps no customer). mart_order_segment_day holds
-- mart_order_day's counts per day, order channel, region, kind and category once more per current RFM segment;
-- mart_order_segment_customer the segment each customer's orders are counted under there, so that a load moves only the
-- orders of the customers whose segment the scoring changed (as mart_sale_segment_day, 0037, does for the returns view's
-- lines). A saved segment is a set of customers no load knows: that view still counts the orders. Left empty here: the model
-- (Models/marts/mart_order_segment_day.sql) fills both whole at the next `etl run` (named pending); until then a view with a
-- segment counts the orders as before (complaint_order_segments_built.sql).

-- one row per day, order channel, region, current RFM segment and kind of count (per_category false: every order once,
-- category null; true: the orders with a line in the category)
create table mart_order_segment_day (
    ordered_on      date not null,
    channel_code    varchar,                    -- the order's sales channel
    region          varchar,                    -- of the customer version in force at the order
    segment         varchar,                    -- mart_customer_rfm's segment of the order's customer when the mart was built
    per_category    boolean not null,
    category        varchar,                    -- null when per_category is false
    orders          bigint not null
);

-- one row per customer with RFM scores: the segment mart_order_segment_day counts their orders under (absent: null)
create table mart_order_segment_customer (
    customer_id     integer not null,
    segment         varchar not null
);

insert into etl_model_pending (model)
select 'mart_order_segment_day'
where 'mart_order_segment_day' not in (select model from etl_model_pending);
