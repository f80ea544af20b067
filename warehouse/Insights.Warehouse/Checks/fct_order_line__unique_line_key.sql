-- an order line appears once
select order_id, line_number, count(*) as copies
from fct_order_line
group by order_id, line_number
having count(*) > 1
