-- one row per price class: customers, revenue, full-price revenue, average orders
select
    price_classes.price_class,
    count(*) as count_customers,
    sum(customers.net_amount)::decimal(18, 2) as net_amount,
    sum(customers.full_price_amount)::decimal(18, 2) as full_price_amount,
    avg(customers.count_orders)::double as avg_orders
from customers
join price_classes on price_classes.customer_id = customers.customer_id
group by price_classes.price_class
order by case price_classes.price_class
    when 'Brand loyal' then 1 when 'Mixed' then 2 when 'Deal seeker' then 3 else 4 end
