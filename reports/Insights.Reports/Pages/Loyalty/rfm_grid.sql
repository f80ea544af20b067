-- one row per (r_score, f_score) cell with customers: the segment map; the segment table sums these cells
select
    r_score,
    f_score,
    any_value(segment) as segment,
    any_value(segment_rank) as segment_rank,
    count(*) as count_customers,
    sum(net_amount)::decimal(18, 2) as net_amount,
    sum(count_orders)::bigint as count_orders,
    sum(recency_days)::bigint as sum_recency_days
from customers
group by r_score, f_score
order by r_score desc, f_score
