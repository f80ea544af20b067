-- the rows of this run's customers (batch_signal_customers: every customer under --full) are mart_customer_category_order's
-- rows of their customers and categories with a complaint or return, each once with that pair's complaint and return times:
-- none missing, none extra, none changed
with customers as (
    select distinct customer_id from batch_signal_customers
),

affected as (
    select customer_id, category, list_sort(list(event_at)) as events
    from (
        select c.customer_id, p.category, k.opened_at as event_at
        from fct_complaint as k
        join dim_product as p on p.product_key = k.product_key
        join dim_customer as c on c.customer_key = k.customer_key
        where c.customer_id in (select customer_id from customers)
        union all
        select c.customer_id, p.category, r.returned_at
        from fct_return as r
        join dim_product as p on p.product_key = r.product_key
        join dim_customer as c on c.customer_key = r.customer_key
        where c.customer_id in (select customer_id from customers)
    )
    group by customer_id, category
),

expected as (
    select o.customer_id, o.order_id, o.category, o.ordered_at, o.net_amount, a.events
    from mart_customer_category_order as o
    join affected as a on a.customer_id = o.customer_id and a.category = o.category
    where o.customer_id in (select customer_id from customers)
),

kept as (
    select customer_id, order_id, category, any_value(ordered_at) as ordered_at, any_value(net_amount) as net_amount,
           any_value(events) as events, count(*) as copies
    from mart_opportunity_signal_order
    where customer_id in (select customer_id from customers)
    group by customer_id, order_id, category
)

select coalesce(k.customer_id, e.customer_id) as customer_id, coalesce(k.order_id, e.order_id) as order_id,
       coalesce(k.category, e.category) as category, k.copies
from kept as k
full join expected as e on e.customer_id = k.customer_id and e.order_id = k.order_id and e.category = k.category
where k.copies is null or e.order_id is null or k.copies > 1 or k.ordered_at <> e.ordered_at or k.net_amount <> e.net_amount
   or list_sort(k.events) is distinct from e.events
