-- one row per item of the level ($level: product names or categories), in name order: an item's key in
-- sequence_firsts.sql is its place in this list (0, 1, ...). Both statements read dim_product, where every product name
-- and category the order lines and mart_customer_category_order carry comes from.
with items as (
    select distinct category as item from dim_product where $level = 'category' and category is not null
    union
    select distinct product_name from dim_product where $level <> 'category' and product_name is not null
)

select item from items
order by item
