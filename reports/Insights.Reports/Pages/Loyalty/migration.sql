-- one row per (segment as of $prev_as_of, segment as of $as_of) with customers; '(new)' = no qualifying order before $prev_as_of
-- (population and parameters as in rfm_grid.sql)
select
    coalesce(previous.segment, '(new)') as from_segment,
    customers.segment as to_segment,
    count(*) as count_customers
from loyalty_customers($source, $as_of, $region, $channel, $category) as customers
left join loyalty_previous_segments($source, $as_of, $prev_as_of, $region, $channel, $category) as previous
  on previous.customer_id = customers.customer_id
where ($segment_id::integer is null or customers.customer_id in (select customer_id from app_segment_member where segment_id = $segment_id::integer))
group by all
order by min(coalesce(previous.segment_rank, 0)), min(customers.segment_rank)
