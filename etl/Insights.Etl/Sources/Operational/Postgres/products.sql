select product_id, sku, product_name, category, list_price, updated_at
from products
where updated_at >= {since}
