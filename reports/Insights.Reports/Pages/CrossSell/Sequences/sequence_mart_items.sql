-- one row per item of level $level in the load's numbering (mart_sequence_item, migration 0067): an item's id is its place in
-- this list (0, 1, ...), the key sequence_mart_firsts.sql's packed items carry
select item from mart_sequence_item
where level = $level
order by item_id
