-- one row per (kind, service group): customers and those retained (an order within loyalty_window_days() days after the
-- event); population and parameters as in rfm_grid.sql
select kind, service_group, count(*) as count_customers, count(*) filter (where is_retained) as count_retained
from loyalty_service($source, $as_of, $region, $channel, $category)
where ($segment_id::integer is null or customer_id in (select customer_id from app_segment_member where segment_id = $segment_id::integer))
group by kind, service_group
order by kind, case service_group
    when 'Resolved quickly' then 1 when 'Resolved slowly' then 2 when 'Unresolved' then 3 when 'Returned' then 1 else 9 end
