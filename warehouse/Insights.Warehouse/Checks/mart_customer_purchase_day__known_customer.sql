-- relationships: every purchase day of a checked customer (of this run's orders; a --full run checks all) belongs to a customer
-- dim_customer knows and falls on a day of dim_date
select days.customer_id, days.purchase_on
from mart_customer_purchase_day as days
where days.customer_id in (select customer_id from mart_customer_order where order_id in (select order_id from batch_mart_orders))
  and (days.customer_id not in (select customer_id from dim_customer)
       or days.purchase_on not in (select full_date from dim_date))
