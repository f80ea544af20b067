-- one row per level and item with its id in mart_customer_item_sequence's packed items (see migration 0067): an item seen for
-- the first time gets the next free id of its level, in name order; an id is never renumbered or removed, not even under $full,
-- so the items other loads packed stay true whatever order the models are rebuilt in. The items are sequence_items' (migration
-- 0051): the categories and product names of dim_product.
-- inputs: dim_product
insert into mart_sequence_item (level, item, item_id)
with items as (
    select distinct 'category' as level, category as item from dim_product where category is not null
    union
    select distinct 'product', product_name from dim_product where product_name is not null
),

new_items as (
    select level, item from items
    where not exists (select 1 from mart_sequence_item as m where m.level = items.level and m.item = items.item)
),

final as (
    select
        level,
        item,
        ((select coalesce(max(m.item_id) + 1, 0) from mart_sequence_item as m where m.level = new_items.level)
            + row_number() over (partition by level order by item) - 1)::integer as item_id
    from new_items
)

select * from final;
