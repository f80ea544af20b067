-- relationships: each of this run's orders is the sum of its category rows, and every order with category rows has a row
with categories as (
    select order_id, sum(net_amount) as net_amount
    from mart_customer_category_order
    where order_id in (select order_id from batch_mart_orders)
    group by order_id
),

orders as (
    select order_id, net_amount
    from mart_customer_order
    where order_id in (select order_id from batch_mart_orders)
)

select coalesce(orders.order_id, categories.order_id) as order_id, orders.net_amount, categories.net_amount as category_net_amount
from orders
full join categories using (order_id)
where orders.order_id is null or categories.order_id is null or orders.net_amount <> categories.net_amount
