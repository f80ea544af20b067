-- one row per landed version of a customer (dim_customer builds its type-2 history from these)
-- inputs: raw_customers
with source as (
    select * from raw_customers
),

renamed as (
    select
        -- ids
        customer_id,
        -- attributes
        trim(full_name) as full_name,
        coalesce(nullif(trim(preferred_name), ''), split_part(trim(full_name), ' ', 1)) as preferred_name,
        lower(trim(email)) as email,
        trim(region) as region,
        lower(trim(signup_channel)) as signup_channel,
        -- timestamps
        signed_up_at,
        updated_at,
        -- lineage
        _run_id
    from source
    where customer_id is not null
)

select * from renamed
