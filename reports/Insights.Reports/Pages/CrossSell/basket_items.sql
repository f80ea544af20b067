-- one row per item id (product or category) with its display name and category; how many baskets hold it is counted from
-- the baskets themselves (BasketQuery), so this never scans the facts
select item_id, any_value(item_name) as item_name, any_value(category) as category
from items
group by item_id
order by item_id
