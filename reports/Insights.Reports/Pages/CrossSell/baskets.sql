-- one row per completed order line in [$from, $to] (null = open) of the customers in RFM segment $segment (null: all) with its
-- item id ($level; basket_lines, migration 0014), of saved segment $segment_id's members (null: all), in order id order: BasketQuery reads each order's lines as one basket (a
-- set: an item twice counts once) and keeps identical baskets once with a count. Sorting streams and spills within DuckDB's
-- memory limit, where collecting every order's items into a list in DuckDB did not at SF10.
select order_id, item_id
from basket_lines($level, $from, $to, $segment)
where $segment_id::integer is null
   or order_id in (select order_id from mart_customer_order where ($segment_id::integer is null or customer_id in (select customer_id from app_segment_member where segment_id = $segment_id::integer)))
order by order_id
