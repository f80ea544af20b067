-- one row per landed version of a contact (models pick the latest version of the keys they rebuild)
-- inputs: raw_contacts
with source as (
    select * from raw_contacts
),

renamed as (
    select
        -- ids
        contact_id,
        customer_id,
        -- attributes
        lower(trim(channel)) as channel_code,
        lower(trim(direction)) as direction,
        trim(topic) as topic,
        -- numerics
        duration_seconds,
        -- timestamps
        contacted_at,
        -- lineage
        _run_id
    from source
    where contact_id is not null
)

select * from renamed
