-- one row per filter value the warehouse knows: (kind, value); as_of is the day after the latest completed order
select 'as_of' as kind, strftime(max(ordered_at)::date + 1, '%Y-%m-%d') as value
from fct_order_line where order_status = 'completed' having count(*) > 0
union all
select * from (select distinct 'region', region from dim_customer where is_current order by 2)
union all
select * from (select distinct 'channel', channel_code from dim_channel
               where channel_code in (select channel_code from ref_channel where is_order_channel) order by 2)
union all
select * from (select distinct 'category', category from dim_product where not is_inferred order by 2)
