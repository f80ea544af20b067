-- one row per item (product or category) in the filtered baskets, numbered 0.. in item_key order
select
    i.item_id,
    any_value(l.item_name) as item_name,
    any_value(l.category) as category,
    count(distinct l.order_id)::integer as count_orders
from lines as l
join items as i on i.item_key = l.item_key
group by i.item_id
order by i.item_id
