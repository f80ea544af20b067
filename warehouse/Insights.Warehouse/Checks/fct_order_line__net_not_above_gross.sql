-- a discount never exceeds the line's gross amount, and quantities are positive
select order_id, line_number, quantity, gross_amount, net_amount
from fct_order_line
where order_id in (select order_id from batch_fact_orders)
  and (net_amount < 0 or net_amount > gross_amount or quantity <= 0)
