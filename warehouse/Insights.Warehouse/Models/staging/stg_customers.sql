-- one row per customer id (the latest landed row wins)
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
        updated_at
    from source
    where customer_id is not null
    qualify row_number() over (partition by customer_id order by updated_at desc nulls last, _run_id desc) = 1
)

select * from renamed
