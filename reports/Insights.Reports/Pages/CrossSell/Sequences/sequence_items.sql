-- one row per item of the level ($level: product names or categories), in key order: an item's key in sequence_firsts.sql
-- is its place in this list (0, 1, ...); both read the macro sequence_items (migration 0051).
select item from sequence_items($level)
order by item_key
