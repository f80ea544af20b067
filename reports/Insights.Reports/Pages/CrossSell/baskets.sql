-- one row per distinct basket content (the sorted set of item ids of a completed order) with how many orders had exactly it
select item_ids, count(*)::integer as count_orders
from (
    select list_sort(list_distinct(list(item_id))) as item_ids
    from lines
    group by order_id
)
group by item_ids
