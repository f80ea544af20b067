-- relationships: every row of this run's orders is a completed order's in fct_order_line, of a customer dim_customer knows
select rows.order_id, rows.customer_id
from mart_customer_category_order as rows
where rows.order_id in (select order_id from batch_mart_orders)
  and (rows.order_id not in (select order_id from fct_order_line
                             where order_status = 'completed' and order_id in (select order_id from batch_mart_orders))
       or rows.customer_id not in (select customer_id from dim_customer))
