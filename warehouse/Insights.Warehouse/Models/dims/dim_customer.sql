-- one row per customer version; customers that facts reference before their master row arrives get an inferred row
with customers as (
    select * from stg_customers
),

referenced_ids as (
    select customer_id from stg_orders
    union select customer_id from stg_contacts
    union select customer_id from stg_complaints
),

inferred as (
    select customer_id
    from referenced_ids
    where customer_id is not null
      and customer_id not in (select customer_id from customers)
),

versions as (
    select
        customer_id,
        full_name,
        preferred_name,
        email,
        coalesce(region, 'Unknown') as region,
        coalesce(signup_channel, 'unknown') as signup_channel,
        signed_up_at,
        false as is_inferred
    from customers
    union all
    select
        customer_id,
        'Unknown customer ' || customer_id as full_name,
        'Customer' as preferred_name,
        null as email,
        'Unknown' as region,
        'unknown' as signup_channel,
        null as signed_up_at,
        true as is_inferred
    from inferred
),

final as (
    select
        row_number() over (order by customer_id) as customer_key,
        customer_id,
        full_name,
        preferred_name,
        email,
        region,
        signup_channel,
        signed_up_at,
        timestamp '1900-01-01' as valid_from,
        timestamp '9999-12-31' as valid_to,
        true as is_current,
        is_inferred
    from versions
)

select * from final
