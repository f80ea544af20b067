-- lines have no timestamp of their own: they follow their order, whose updated_at moves when its lines change. A full load
-- ({since} is -infinity) reads every line: PostgreSQL folds the first condition to true and skips the semi-join, which
-- doubled the export's time
select order_id, line_number, product_id, quantity, unit_price, discount_amount
from order_lines
where {since} = '-infinity'::timestamptz
   or order_id in (select order_id from orders where updated_at >= {since})
