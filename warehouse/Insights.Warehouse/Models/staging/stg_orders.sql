-- one row per landed version of an order (models pick the latest version of the keys they rebuild)
-- inputs: raw_orders
with source as (
    select * from raw_orders
),

renamed as (
    select
        -- ids
        order_id,
        customer_id,
        -- attributes
        lower(trim(channel)) as channel_code,
        lower(trim(status)) as order_status,
        -- timestamps
        ordered_at,
        updated_at,
        -- lineage
        _run_id
    from source
    where order_id is not null
)

select * from renamed
