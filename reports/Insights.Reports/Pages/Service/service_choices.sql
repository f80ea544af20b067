-- one row per filter value of the service views: (kind, value, name, crm_face); names and faces only for channels
select * from (select distinct 'region' as kind, region as value, null as name, null as crm_face
               from dim_customer where is_current order by 2)
union all
select * from (select distinct 'segment', segment, null, null from mart_customer_rfm order by 2)
union all
select * from (select 'channel', channel_code, channel_name, crm_face
               from ref_channel where is_contact_channel order by list_position)
union all
select * from (select distinct 'complaint_category', category, null, null from fct_complaint order by 2)
union all
select * from (select distinct 'severity', severity, null, null from fct_complaint order by 2)
