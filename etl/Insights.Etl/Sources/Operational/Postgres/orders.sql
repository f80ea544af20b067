select order_id, customer_id, ordered_at, channel, status, updated_at
from orders
where updated_at >= {since}
