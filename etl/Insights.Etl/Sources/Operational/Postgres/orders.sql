select {columns}
from orders
where updated_at >= {since}
