-- one row per contact, keyed to the customer version in force at the time of contact
-- rebuilt for this run's contacts, and for contacts of a customer whose version changed from that change on
-- (batch_fact_contacts)
-- inputs: stg_contacts, dim_customer, dim_channel, batch_fact_contacts
delete from fct_contact
where contact_id in (select contact_id from batch_fact_contacts);

insert into fct_contact by name
with contacts as (
    select * from stg_contacts
    where contact_id in (select contact_id from batch_fact_contacts)
    qualify row_number() over (partition by contact_id order by _run_id desc) = 1
),

customers as (
    select customer_key, customer_id, valid_from, valid_to from dim_customer
),

channels as (
    select channel_key, channel_code from dim_channel
),

final as (
    select
        -- ids
        contacts.contact_id,
        -- keys
        (year(contacts.contacted_at) * 10000 + month(contacts.contacted_at) * 100 + day(contacts.contacted_at))::integer as contact_date_key,
        customers.customer_key,
        channels.channel_key,
        -- attributes
        contacts.direction,
        contacts.topic,
        -- numerics
        contacts.duration_seconds,
        -- timestamps
        contacts.contacted_at
    from contacts
    left join customers
        on customers.customer_id = contacts.customer_id
       and contacts.contacted_at >= customers.valid_from and contacts.contacted_at < customers.valid_to
    left join channels on channels.channel_code = contacts.channel_code
)

select * from final;
