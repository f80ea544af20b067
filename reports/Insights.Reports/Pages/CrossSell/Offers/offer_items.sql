-- one row per basket item ($level: product or category; basket_items, migration 0014) with its display name and category
select item_id, any_value(item_name) as item_name, any_value(category) as category
from basket_items($level)
group by item_id
order by item_id
