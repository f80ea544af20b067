-- returns are events: their own timestamp is their cursor
select return_id, order_id, line_number, returned_at, quantity, refund_amount, reason
from returns
where returned_at >= {since}
