-- one row per value a segment condition can choose: (kind, value), each kind in display order
select distinct 'segments' as kind, segment as value, segment_rank as rank from mart_customer_rfm
union all
select 'price_classes', value, rank from (values ('Brand loyal', 1), ('Mixed', 2), ('Deal seeker', 3), ('Single purchase', 4)) as classes(value, rank)
union all
select distinct 'regions', region, 0 from dim_customer where is_current
union all
select distinct 'signup_channels', signup_channel, 0 from dim_customer where is_current
union all
select 'order_channels', channel_code, 0 from dim_channel where crm_face = 'sales'
union all
select 'contact_channels', channel_code, 0 from dim_channel where crm_face <> 'sales'
union all
select distinct 'categories', category, 0 from dim_product where not is_inferred
order by kind, rank, value
