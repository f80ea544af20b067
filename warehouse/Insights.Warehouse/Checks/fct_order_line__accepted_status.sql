-- accepted_values: order status is one the reports understand
select order_id, order_status
from fct_order_line
where order_id in (select order_id from batch_fact_orders)
  and order_status not in ('completed', 'cancelled')
