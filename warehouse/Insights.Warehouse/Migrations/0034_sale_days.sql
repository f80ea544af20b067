-- The service report's returns view from the load (issue 17's speed): the view summed every completed order line of the
-- period joined to the customer versions and products per request (20.9 M lines at SF10: seconds for a first view with a
-- region or a year). mart_sale_day holds the completed lines per day of sale, region and product; mart_sale_return each return
-- of a completed line with the line's day, region and customer. A view without a segment filter sums them. Left empty here:
-- the models (Models/marts/mart_sale_day.sql, mart_sale_return.sql) fill them at the next build, every row when the table is
-- empty; until then the view reads the facts as before (ReturnsQuery).

-- one row per day of sale, region (the customer version of the line) and product with a completed order line
create table mart_sale_day (
    sold_on          date not null,
    region           varchar,                   -- of the customer version of the line (as the view filters)
    product_key      bigint not null,
    sold_quantity    bigint not null,
    net_amount       decimal(18, 2) not null,
    count_lines      bigint not null
);

-- one row per return of a completed order line, with the line's day of sale, region, customer and product
create table mart_sale_return (
    return_id        bigint not null,
    sold_on          date not null,             -- the day the returned line was sold (the view's period is the sale's)
    region           varchar,                   -- of the customer version of the line
    customer_id      integer not null,          -- business id of the line's customer
    product_key      bigint not null,           -- the line's product
    reason           varchar not null,
    quantity         integer not null,
    refund_amount    decimal(12, 2) not null
);
