-- one row per completed order line in [$from, $to] (null = open) of the customers in RFM segment $segment (null: all) with its
-- item id ($level; basket_lines, migration 0014), of saved segment $segment_id's members (null: all), in order id order: BasketQuery groups each order's lines into one basket
-- (a set: an item twice counts once) and keeps identical baskets once with a count (BasketBuilder, which needs no order but
-- holds nothing per row when each order's lines come together). The table itself scatters an order's lines (at SF10 20.6 M
-- lines read unsorted were 20.6 M runs of one order); sorting streams and spills within DuckDB's memory limit, where keeping
-- every line to group it in .NET doubled the read's peak memory and collecting each order's items into a list in DuckDB was
-- slower still.
-- The saved segment's orders are its members' orders, joined from the members (none without $segment_id): DuckDB does not
-- drop a subquery behind "$segment_id is null or", and the former one kept every order of mart_customer_order when
-- $segment_id was null, so each line was looked up in a table of 6.5 M orders at SF10 (a year's product lines 1.86 → 1.13 s).
select order_id, item_id
from basket_lines($level, $from, $to, $segment)
where $segment_id::integer is null
   or order_id in (select o.order_id
                   from app_segment_member as m
                   join mart_customer_order as o on o.customer_id = m.customer_id
                   where m.segment_id = $segment_id::integer)
order by order_id
