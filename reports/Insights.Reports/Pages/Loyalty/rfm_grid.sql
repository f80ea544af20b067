-- one row per (r_score, f_score) cell with customers: the segment map; the segment table sums these cells.
-- The population is loyalty_customers (migration 0014): $source 'mart' reads the default view the marts precompute, 'live'
-- computes it from the orders before $as_of of $region, $channel and $category (null = all). $segment_id (null: everyone) keeps
-- the members of that saved segment, each with the scores of the population without it.
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
where ($segment_id::integer is null or customer_id in (select customer_id from app_segment_member where segment_id = $segment_id::integer))
group by r_score, f_score
order by r_score desc, f_score
