-- The service report's returns view with an RFM segment filter from the load (issue 17's speed): with a segment the view still
-- summed every completed order line of the period joined to the customer versions, products and RFM scores per request
-- (20.9 M lines at SF10), since mart_sale_day (0034) keeps no customer. mart_sale_segment_day holds the completed lines per
-- day of sale, region, product and the customer's current RFM segment (5.0 M rows at SF10); mart_sale_segment_customer the
-- segment each customer's lines are counted under there, so that a load moves only the lines of the customers whose segment
-- the scoring changed. A saved segment is a set of customers no load knows: that view still reads the facts. Left empty here:
-- the model (Models/marts/mart_sale_segment_day.sql) fills both in full at the next `etl run` (named in etl_model_pending);
-- until then a view with a segment filter reads the facts as before (ReturnsQuery).

-- one row per day of sale, region (the customer version of the line), product and current RFM segment (null: a customer
-- without scores) with a completed order line
create table mart_sale_segment_day (
    sold_on          date not null,
    region           varchar,                   -- of the customer version of the line (as the view filters)
    product_key      bigint not null,
    segment          varchar,                   -- mart_customer_rfm's segment of the line's customer when the mart was built
    sold_quantity    bigint not null,
    net_amount       decimal(18, 2) not null,
    count_lines      bigint not null
);

-- one row per customer with RFM scores: the segment mart_sale_segment_day counts their lines under (absent: null)
create table mart_sale_segment_customer (
    customer_id      integer not null,
    segment          varchar not null
);

insert into etl_model_pending (model) values ('mart_sale_segment_day');
