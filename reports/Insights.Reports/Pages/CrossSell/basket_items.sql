-- one row per item id (product or category, $level) with its display name and category (basket_items, migration 0014); how
-- many baskets hold it is counted from the baskets themselves (BasketQuery), so this never scans the facts
select item_id, any_value(item_name) as item_name, any_value(category) as category
from basket_items($level)
group by item_id
order by item_id
