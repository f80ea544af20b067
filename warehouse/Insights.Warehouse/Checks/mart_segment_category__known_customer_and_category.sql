-- relationships: every row of a customer of this run's orders (a --full run checks all) is of a customer dim_customer knows
-- and a category of dim_product, bought first no later than last
select rows.customer_id, rows.category
from mart_segment_category as rows
where rows.customer_id in (select customer_id from stg_orders where order_id in (select order_id from batch_mart_orders))
  and (rows.customer_id not in (select customer_id from dim_customer)
       or rows.category not in (select category from dim_product)
       or rows.first_ordered_on > rows.last_ordered_on)
