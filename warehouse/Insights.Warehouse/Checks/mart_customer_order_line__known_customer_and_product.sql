-- relationships: every line of this run's rebuilt orders (a --full run checks all) is fct_order_line's, of its product (in
-- dim_product), under the business id of its customer version in dim_customer
select rows.order_id, rows.line_number, rows.customer_id
from mart_customer_order_line as rows
where rows.order_id in (select order_id from batch_fact_orders)
  and (rows.product_key not in (select product_key from dim_product)
       or not exists (
           select 1
           from fct_order_line as lines
           join dim_customer as customers on customers.customer_key = lines.customer_key
           where lines.order_id in (select order_id from batch_fact_orders)   -- scoped: no scan of every line
             and lines.order_id = rows.order_id and lines.line_number = rows.line_number
             and lines.product_key = rows.product_key and customers.customer_id = rows.customer_id))
