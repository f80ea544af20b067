-- one row per completed order placed in the period (days of ordered_at, both ends included) by a customer in the region (the
-- customer version in force at the order) and in the current RFM segment: the denominators of the complaint rates. A temp
-- table, read by breakdown.sql on the same connection.
create or replace temp table orders_in_view as
with orders as (
    select * from mart_customer_order
    where ($from::timestamp is null or ordered_at >= $from::timestamp)
      and ($to::timestamp is null or ordered_at < $to::timestamp + interval 1 day)
),

customers as (
    select customer_id, region, valid_from, valid_to from dim_customer
),

final as (
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
)

select * from final;
