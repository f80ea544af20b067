-- one row per product category with its bit in mart_order_category_mask (see migration 0056): a category seen for the first
-- time gets the next free bits, in name order; a bit is never renumbered or removed, not even under $full, so the masks
-- other loads wrote stay true whatever order the models are rebuilt in
-- inputs: dim_product
insert into mart_basket_category (category, bit)
with new_categories as (
    select distinct category
    from dim_product
    where category is not null
      and category not in (select category from mart_basket_category)
),

final as (
    select
        category,
        ((select coalesce(max(bit) + 1, 0) from mart_basket_category)
            + row_number() over (order by category) - 1)::integer as bit
    from new_categories
)

select * from final;
