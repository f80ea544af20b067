-- one row per return
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
    qualify row_number() over (partition by return_id order by _run_id desc) = 1
)

select * from renamed
