-- relationships: every line of this run's orders points at an existing customer version and product
select f.order_id, f.line_number, f.customer_key, f.product_key
from fct_order_line as f
where f.order_id in (select order_id from batch_fact_orders)
  and (f.customer_key not in (select customer_key from dim_customer) or f.product_key not in (select product_key from dim_product))
