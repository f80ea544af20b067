-- the denominators of the complaint rates from the load's counts (mart_order_day), for a view without a segment filter: the
-- same rows as orders_in_view.sql (completed orders of the period's days by customers in the region, per month, order
-- channel and region, every order once, and per category for $by = 'product-category'), from a few thousand rows instead of
-- every order. A temp table, read by breakdown.sql on the same connection.
create or replace temp table orders_in_view as
with days as (
    select * from mart_order_day
    where ($from::date is null or ordered_on >= $from::date)
      and ($to::date is null or ordered_on <= $to::date)
      and ($region::varchar is null or region = $region::varchar)
      and (not per_category or $by = 'product-category')
),

final as (
    select
        strftime(ordered_on, '%Y-%m') as ordered_month,
        channel_code,
        region,
        per_category,
        category,
        sum(orders)::bigint as orders
    from days
    group by ordered_month, channel_code, region, per_category, category
)

select * from final;
