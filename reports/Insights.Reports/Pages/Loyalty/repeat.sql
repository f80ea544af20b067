-- one row: customers, repeat customers (two or more purchase days: several orders on one day are one purchase), and days from
-- the first purchase day to the second (mean, median); population and parameters as in rfm_grid.sql
select
    count(*) as count_customers,
    count(second.customer_id) as count_repeat,
    avg(datediff('day', purchase_on(customers.first_ordered_at), purchase_on(second.second_ordered_at)))::double as avg_days_to_second,
    median(datediff('day', purchase_on(customers.first_ordered_at), purchase_on(second.second_ordered_at)))::double as median_days_to_second
from loyalty_customers($source, $as_of, $region, $channel, $category) as customers
left join loyalty_second_purchases($source, $as_of, $region, $channel, $category) as second
  on second.customer_id = customers.customer_id
where ($segment_id::integer is null or customers.customer_id in (select customer_id from app_segment_member where segment_id = $segment_id::integer))
