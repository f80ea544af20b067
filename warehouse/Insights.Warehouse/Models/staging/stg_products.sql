-- one row per landed version of a product (models pick the latest version of the keys they rebuild)
-- inputs: raw_products
with source as (
    select * from raw_products
),

renamed as (
    select
        -- ids
        product_id,
        trim(sku) as sku,
        -- attributes
        trim(product_name) as product_name,
        trim(category) as category,
        -- numerics
        list_price as list_price_amount,
        -- timestamps
        updated_at,
        -- lineage
        _run_id
    from source
    where product_id is not null
)

select * from renamed
