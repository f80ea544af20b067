-- relationships: every return this run rebuilt (a --full run checks all) is of a customer dim_customer knows and a product
-- dim_product knows
select rows.return_id, rows.customer_id, rows.product_key
from mart_sale_return as rows
where rows.return_id in (select return_id from batch_fact_returns)
  and (rows.customer_id not in (select customer_id from dim_customer)
       or rows.product_key not in (select product_key from dim_product))
