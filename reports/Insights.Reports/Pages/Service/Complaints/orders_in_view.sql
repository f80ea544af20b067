-- the denominators of the complaint rates, live (the path of a view with a segment filter, which mart_order_day cannot
-- hold: segments change with every scoring): completed orders placed in the period (days of ordered_at, both ends included)
-- by a customer in the region (the customer version in force at the order), in the current RFM segment and the saved
-- segment, counted per month, order channel and region: per_category false counts every order once (category null);
-- per_category true, only for $by = 'product-category', counts the orders with a line in each category. The same rows as
-- order_counts.sql reads from the mart. A temp table, read by breakdown.sql on the same connection.
create or replace temp table orders_in_view as
with orders as (
    select * from mart_customer_order
    where ($from::timestamp is null or ordered_at >= $from::timestamp)
      and ($to::timestamp is null or ordered_at < $to::timestamp + interval 1 day)
),

customers as (
    select customer_id, region, valid_from, valid_to from dim_customer
),

in_view as (
    select
        -- ids
        orders.order_id,
        -- attributes
        orders.channel_code,
        customers.region,
        strftime(orders.ordered_at, '%Y-%m') as ordered_month
    from orders
    join customers
        on customers.customer_id = orders.customer_id
       and orders.ordered_at >= customers.valid_from and orders.ordered_at < customers.valid_to
    where ($region::varchar is null or customers.region = $region::varchar)
      and ($segment::varchar is null or orders.customer_id in (select customer_id from mart_customer_rfm where segment = $segment::varchar))
      and ($segment_id::integer is null or orders.customer_id in (select customer_id from app_segment_member where segment_id = $segment_id::integer))
),

category_orders as (
    select in_view.ordered_month, in_view.channel_code, in_view.region, category_rows.category
    from mart_customer_category_order as category_rows
    join in_view on in_view.order_id = category_rows.order_id
    where $by = 'product-category'
),

final as (
    select ordered_month, channel_code, region, false as per_category, null::varchar as category, count(*) as orders
    from in_view
    group by ordered_month, channel_code, region
    union all
    select ordered_month, channel_code, region, true, category, count(*)
    from category_orders
    group by ordered_month, channel_code, region, category
)

select * from final;
