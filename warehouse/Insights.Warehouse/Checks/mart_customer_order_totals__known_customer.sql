-- relationships: a customer of this run's orders has totals exactly when they have completed orders (mart_customer_order)
-- (checked for the customers of this run's orders, before and after it; a --full run checks all)
with customers as (
    select customer_id from batch_order_days
    union
    select customer_id from mart_customer_order where order_id in (select order_id from batch_mart_orders)
),

with_orders as (
    select distinct customer_id from mart_customer_order where customer_id in (select customer_id from customers)
),

with_totals as (
    select distinct customer_id from mart_customer_order_totals
    where period = 'now' and customer_id in (select customer_id from customers)
)

select coalesce(with_orders.customer_id, with_totals.customer_id) as customer_id,
       with_orders.customer_id is not null as has_orders, with_totals.customer_id is not null as has_totals
from with_orders
full join with_totals using (customer_id)
where with_orders.customer_id is null or with_totals.customer_id is null
