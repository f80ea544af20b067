-- the denominators of the complaint rates for a view with a current RFM segment (and no saved segment) from the load's counts
-- (mart_order_segment_day, migration 0061): the same rows as orders_in_view.sql (completed orders of the period's days by
-- customers in the region and the segment, per month, order channel and region, every order once, and per category for
-- $by = 'product-category') from the segment's rows instead of every completed order joined to the customer versions.
-- Used once the load has filled the mart (order_segment_counts_built.sql). A temp table, read by breakdown.sql.
create or replace temp table orders_in_view as
with days as (
    select * from mart_order_segment_day
    where segment = $segment::varchar
      and ($from::date is null or ordered_on >= $from::date)
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
