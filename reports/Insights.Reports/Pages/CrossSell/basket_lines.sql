-- Shared head of basket_items.sql and baskets.sql (BasketQuery joins them). items: one row per product with the id of its
-- item, numbered 0.. by product id ($level 'product') or by category name ($level 'category'). lines: one row per completed
-- order line in the filter with its item id. Segments are customers' current RFM segment (mart_customer_rfm).
with items as (
    select
        product_key,
        (case when $level = 'category' then dense_rank() over (order by category)
              else dense_rank() over (order by product_id) end - 1)::integer as item_id,
        case when $level = 'category' then category else product_name end as item_name,
        category
    from dim_product
),

lines as (
    select f.order_id, i.item_id
    from fct_order_line as f
    join items as i on i.product_key = f.product_key
    where f.order_status = 'completed'
      and ($from::date is null or f.ordered_at >= $from::date)
      and ($to::date is null or f.ordered_at < $to::date + interval 1 day)
      and ($segment::varchar is null or f.customer_key in (
          select c.customer_key
          from dim_customer as c
          join mart_customer_rfm as r on r.customer_id = c.customer_id
          where r.segment = $segment::varchar))
)
