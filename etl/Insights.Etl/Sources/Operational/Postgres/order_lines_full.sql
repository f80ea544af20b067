-- every line, for a full load (columns as in order_lines.sql)
select order_id, line_number, product_id, quantity, unit_price, discount_amount
from order_lines
