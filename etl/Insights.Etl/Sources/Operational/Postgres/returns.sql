select return_id, order_id, line_number, returned_at, quantity, refund_amount, reason
from returns
