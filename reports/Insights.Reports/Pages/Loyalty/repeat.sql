-- one row: customers, repeat customers (two or more orders), and days from first to second order (mean, median)
select
    count(*) as count_customers,
    count(*) filter (where count_orders >= 2) as count_repeat,
    avg(datediff('day', customers.first_ordered_at::date, second_orders.second_ordered_at::date))::double as avg_days_to_second,
    median(datediff('day', customers.first_ordered_at::date, second_orders.second_ordered_at::date))::double as median_days_to_second
from customers
left join second_orders on second_orders.customer_id = customers.customer_id
