-- The sequences view's item keys, written once: the page reads the item names (sequence_items.sql) and each customer's first
-- days by item key (sequence_firsts.sql) in two statements, and a key is an item's place in the name list; each statement
-- built that list itself, so the two could drift apart and name the wrong items. Both read this macro now.

-- one row per item of the level (categories when level_name is 'category', else product names) with its key: its place in
-- name order, from 0. dim_product holds every product name and category the order lines and mart_customer_category_order carry.
create or replace macro sequence_items(level_name) as table
select item, (row_number() over (order by item) - 1)::integer as item_key
from (
    select distinct category as item from dim_product where level_name::varchar = 'category' and category is not null
    union
    select distinct product_name from dim_product where level_name::varchar <> 'category' and product_name is not null
);
