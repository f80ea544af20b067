-- one row per (r_score, f_score) cell with customers: the segment map; the segment table sums these cells.
-- The population is loyalty_customers (migration 0014): $source 'mart' reads the default view the marts precompute, 'live'
-- computes it from the orders before $as_of of $region, $channel and $category (null = all).
select
    r_score,
    f_score,
    any_value(segment) as segment,
    any_value(segment_rank) as segment_rank,
    count(*) as count_customers,
    sum(net_amount)::decimal(18, 2) as net_amount,
    sum(count_orders)::bigint as count_orders,
    sum(recency_days)::bigint as sum_recency_days
from loyalty_customers($source, $as_of, $region, $channel, $category)
group by r_score, f_score
order by r_score desc, f_score
