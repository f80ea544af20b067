select order_id, customer_id, ordered_at, channel, status, updated_at
from orders
