-- one row per complaint
with source as (
    select * from raw_complaints
),

renamed as (
    select
        -- ids
        complaint_id,
        customer_id,
        order_id,
        product_id,
        -- attributes
        lower(trim(category)) as category,
        lower(trim(severity)) as severity,
        lower(trim(status)) as status,
        complaint_text,
        -- timestamps
        opened_at,
        resolved_at,
        -- lineage
        _run_id
    from source
    where complaint_id is not null
    qualify row_number() over (partition by complaint_id order by _run_id desc) = 1
)

select * from renamed
