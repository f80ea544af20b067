-- one row per product category with its bit in mart_order_category_mask's masks (migration 0056); BasketQuery maps each bit
-- to the category's item id by name
select category, bit
from mart_basket_category
order by bit
