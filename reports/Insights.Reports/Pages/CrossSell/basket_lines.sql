-- Shared head of basket_items.sql and baskets.sql (BasketQuery joins them): one row per completed order line in the filter, its
-- item being the product ($level 'product') or its category ($level 'category'). Segments are customers' current RFM segment.
with lines as (
    select
        -- ids
        f.order_id,
        c.customer_id,
        case when $level = 'category' then p.category else p.product_id::varchar end as item_key,
        -- attributes
        case when $level = 'category' then p.category else p.product_name end as item_name,
        p.category
    from fct_order_line as f
    join dim_product as p on p.product_key = f.product_key
    join dim_customer as c on c.customer_key = f.customer_key
    where f.order_status = 'completed'
      and ($from::date is null or f.ordered_at >= $from::date)
      and ($to::date is null or f.ordered_at < $to::date + interval 1 day)
      and ($segment::varchar is null or c.customer_id in (select customer_id from mart_customer_rfm where segment = $segment::varchar))
),

items as (
    select item_key, (row_number() over (order by item_key) - 1)::integer as item_id
    from (select distinct item_key from lines)
)
