-- one row per landed version of a complaint (models pick the latest version of the keys they rebuild)
-- inputs: raw_complaints
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
        -- numerics (null: the export does not say)
        reopened_count,
        -- timestamps
        opened_at,
        resolved_at,
        first_response_at,
        -- lineage
        _run_id
    from source
    where complaint_id is not null
)

select * from renamed
