-- one row per order
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
    qualify row_number() over (partition by order_id order by updated_at desc nulls last, _run_id desc) = 1
)

select * from renamed
