-- one row per completed order line in the filter with its item id, in order id order: BasketQuery reads each order's lines as
-- one basket (a set: an item twice counts once) and keeps identical baskets once with a count. Sorting streams and spills
-- within DuckDB's memory limit, where collecting every order's items into a list in DuckDB did not at SF10.
select order_id, item_id
from lines
order by order_id
