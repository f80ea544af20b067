-- lines have no timestamp of their own: they follow their order, whose updated_at moves when its lines change
-- (a full load reads order_lines_full.sql instead: every line, without this filter, which doubled its time)
select order_id, line_number, product_id, quantity, unit_price, discount_amount
from order_lines
where order_id in (select order_id from orders where updated_at >= {since})
