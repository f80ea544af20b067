-- one row per completed order line in [$from, $to] (null = open) of the customers in RFM segment $segment (null: all) with its
-- item id ($level; basket_lines, migration 0014), in no particular order: BasketQuery groups each order's lines into one basket
-- (a set: an item twice counts once) and keeps identical baskets once with a count (BasketBuilder). Sorting by order here took
-- most of the read at SF10 (20 M lines, spilling within the memory limit); collecting each order's items into a list in DuckDB
-- was slower still.
select order_id, item_id
from basket_lines($level, $from, $to, $segment)
