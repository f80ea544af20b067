-- one row per landed version of an order line (models pick the latest version of the keys they rebuild)
-- inputs: raw_order_lines
with source as (
    select * from raw_order_lines
),

renamed as (
    select
        -- ids
        order_id,
        line_number,
        product_id,
        -- numerics
        quantity,
        unit_price as unit_price_amount,
        coalesce(discount_amount, 0) as discount_amount,
        line_amount,
        -- lineage
        _run_id
    from source
    where order_id is not null and line_number is not null
)

select * from renamed
