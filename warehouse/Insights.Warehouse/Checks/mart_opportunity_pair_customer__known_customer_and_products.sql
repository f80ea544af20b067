-- relationships: every row of a checked customer (this run's orders and landed customers; a --full run checks all) is of a
-- customer dim_customer knows, with both keys null or products dim_product knows, in order (key_a <= key_b)
select rows.customer_id, rows.key_a, rows.key_b
from mart_opportunity_pair_customer as rows
where rows.customer_id in (select customer_id from batch_order_days union select customer_id from batch_customers)
  and (rows.customer_id not in (select customer_id from dim_customer)
       or (rows.key_a is null) <> (rows.key_b is null)
       or rows.key_a > rows.key_b
       or rows.key_a not in (select product_key from dim_product)
       or rows.key_b not in (select product_key from dim_product))
