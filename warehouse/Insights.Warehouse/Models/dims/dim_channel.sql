-- one row per channel code: the known channels, plus any code this run's orders and contacts use that is not known yet
-- inputs: ref_channel, stg_orders, stg_contacts, batch_orders, batch_contacts
insert into dim_channel by name
with known as (
    select channel_code, channel_name, crm_face, is_self_service from ref_channel
),

used as (
    select channel_code from stg_orders where order_id in (select order_id from batch_orders)
    union select channel_code from stg_contacts where contact_id in (select contact_id from batch_contacts)
),

all_channels as (
    select * from known
    union all
    select channel_code, channel_code, 'unknown', false
    from used
    where channel_code is not null and channel_code not in (select channel_code from known)
),

new_channels as (
    select * from all_channels where channel_code not in (select channel_code from dim_channel)
),

final as (
    select
        ((select coalesce(max(channel_key), 0) from dim_channel) + row_number() over (order by channel_code))::integer as channel_key,
        *
    from new_channels
)

select * from final;
