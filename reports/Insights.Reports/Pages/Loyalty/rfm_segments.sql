-- one row per segment with customers, best segment first: size, revenue, orders (average order value = revenue / orders)
select
    segment,
    count(*) as count_customers,
    sum(net_amount)::decimal(18, 2) as net_amount,
    sum(count_orders)::bigint as count_orders,
    avg(recency_days)::double as avg_recency_days
from customers
group by segment, segment_rank
order by segment_rank
