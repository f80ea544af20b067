-- Completed orders per day × order channel × region × product category for the service report's complaint rates (issue 17's
-- speed): the complaints view counted its denominators per request by joining every completed order of the period to the
-- customer versions (6.5 M orders at SF10: about 2 s of CPU for an unfiltered first view, 0.5 s for one region); from this
-- table a view without a segment filter sums a few thousand rows. Kept by Models/marts/mart_order_day.sql after each load,
-- filled here once from what the warehouse already holds (the model's statement over every month).

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

insert into mart_order_day by name
with orders as (
    select order_id, customer_id, ordered_at, channel_code from mart_customer_order
    -- every month
),

-- the region of the customer version in force at the order; an order outside every version is left out, as the view does
orders_in_region as (
    select orders.order_id, orders.ordered_at::date as ordered_on, orders.channel_code, customers.region
    from orders
    join dim_customer as customers
        on customers.customer_id = orders.customer_id
       and orders.ordered_at >= customers.valid_from and orders.ordered_at < customers.valid_to
),

category_orders as (
    select orders_in_region.ordered_on, orders_in_region.channel_code, orders_in_region.region, category_rows.category
    from mart_customer_category_order as category_rows
    join orders_in_region on orders_in_region.order_id = category_rows.order_id
),

final as (
    select ordered_on, channel_code, region, false as per_category, null::varchar as category, count(*) as orders
    from orders_in_region
    group by ordered_on, channel_code, region
    union all
    select ordered_on, channel_code, region, true, category, count(*)
    from category_orders
    group by ordered_on, channel_code, region, category
)

select * from final
order by ordered_on, per_category, channel_code, region, category;
