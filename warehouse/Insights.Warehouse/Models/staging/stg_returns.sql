-- one row per landed version of a return (models pick the latest version of the keys they rebuild)
-- inputs: raw_returns
with source as (
    select * from raw_returns
),

renamed as (
    select
        -- ids
        return_id,
        order_id,
        line_number,
        -- attributes
        lower(trim(reason)) as reason,
        -- numerics
        quantity,
        refund_amount,
        -- timestamps
        returned_at,
        -- lineage
        _run_id
    from source
    where return_id is not null
)

select * from renamed
