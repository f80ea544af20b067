-- relationships: every row of a checked customer (this run's orders and landed customers; a --full run checks all) is of a
-- customer dim_customer knows and of two categories of dim_product
select rows.customer_id, rows.category_a, rows.category_b
from mart_opportunity_category_customer as rows
where rows.customer_id in (select customer_id from batch_order_days union select customer_id from batch_customers)
  and (rows.customer_id not in (select customer_id from dim_customer)
       or rows.category_a not in (select category from dim_product)
       or rows.category_b not in (select category from dim_product))
