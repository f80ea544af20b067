select {columns}
from products
where updated_at >= {since}
