-- one row per product id (the latest landed row wins)
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
    qualify row_number() over (partition by product_id order by updated_at desc nulls last, _run_id desc) = 1
)

select * from renamed
