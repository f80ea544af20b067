-- one row per customer version (type 2): a new row when an attribute changes, valid from the source's updated_at.
-- The first version is valid from 0001-01-01, the start of time as .NET reads it, so a fact older than the first extract (and
-- older than any updated_at) still finds a version: events before Etl:EarliestDate (never before 0001-01-02) are quarantined. Customers referenced by
-- this run's facts before their master row arrives get an inferred row, which the master row fills in place (same key).
-- inputs: stg_customer_versions, stg_orders, stg_contacts, stg_complaints, batch_orders, batch_contacts, batch_complaints

-- 1. the versions this run landed that change something: a version repeating its predecessor's attributes, or older than
--    the version in force, is not a change
create or replace temp table batch_customer_versions as
with landed as (
    select *, hash(full_name, preferred_name, email, region, signup_channel, signed_up_at) as attributes_hash
    from stg_customer_versions
    where $full or _run_id = $run_id
),

in_force as (
    select customer_id, valid_from, is_inferred,
           hash(full_name, preferred_name, email, region, signup_channel, signed_up_at) as attributes_hash
    from dim_customer
    where is_current and customer_id in (select customer_id from landed)
),

sequenced as (
    select landed.customer_id, landed.updated_at, landed.attributes_hash, landed._run_id, false as is_in_force
    from landed
    left join in_force using (customer_id)
    where in_force.customer_id is null or in_force.is_inferred or landed.updated_at > in_force.valid_from
    union all
    select customer_id, valid_from, attributes_hash, null, true from in_force where not is_inferred
),

changes as (
    select *, lag(attributes_hash) over (partition by customer_id order by updated_at, is_in_force desc, _run_id) as previous_hash
    from sequenced
),

kept as (
    select distinct on (customer_id, updated_at) customer_id, updated_at, _run_id
    from changes
    where not is_in_force and (previous_hash is null or previous_hash <> attributes_hash)
    order by customer_id, updated_at, _run_id desc
),

numbered as (
    select
        kept.customer_id,
        versions.full_name, versions.preferred_name, versions.email, versions.region, versions.signup_channel,
        versions.signed_up_at,
        kept.updated_at,
        row_number() over (partition by kept.customer_id order by kept.updated_at) as version_number,
        coalesce(in_force.is_inferred, false) as fills_inferred,
        in_force.customer_id is not null and not in_force.is_inferred as supersedes
    from kept
    join landed as versions
      on versions.customer_id = kept.customer_id and versions.updated_at = kept.updated_at and versions._run_id = kept._run_id
    left join in_force on in_force.customer_id = kept.customer_id
    qualify row_number() over (partition by kept.customer_id, kept.updated_at order by versions._run_id desc) = 1
),

dated as (
    select *,
        case when version_number = 1 and not supersedes then timestamp '0001-01-01' else updated_at end as valid_from
    from numbered
)

select *,
    coalesce(lead(valid_from) over (partition by customer_id order by version_number), timestamp '9999-12-31') as valid_to,
    lead(valid_from) over (partition by customer_id order by version_number) is null as is_current
from dated;

-- 2. (the facts of a customer whose version changed are re-keyed from the batch step's batch_customer_rekey)

-- 3. close the versions this run supersedes
update dim_customer
set valid_to = v.valid_from, is_current = false
from batch_customer_versions as v
where v.version_number = 1 and v.supersedes
  and v.customer_id = dim_customer.customer_id and dim_customer.is_current;

-- 4. fill inferred rows in place with the first real version
update dim_customer
set full_name = v.full_name, preferred_name = v.preferred_name, email = v.email,
    region = coalesce(v.region, 'Unknown'), signup_channel = coalesce(v.signup_channel, 'unknown'),
    signed_up_at = v.signed_up_at, valid_from = v.valid_from, valid_to = v.valid_to, is_current = v.is_current,
    is_inferred = false
from batch_customer_versions as v
where v.version_number = 1 and v.fills_inferred
  and v.customer_id = dim_customer.customer_id and dim_customer.is_inferred;

-- 5. insert the other versions, then inferred rows for customers this run's facts reference but nobody knows yet
insert into dim_customer by name
select
    (select coalesce(max(customer_key), 0) from dim_customer) + row_number() over (order by customer_id, valid_from) as customer_key,
    customer_id, full_name, preferred_name, email,
    coalesce(region, 'Unknown') as region, coalesce(signup_channel, 'unknown') as signup_channel,
    signed_up_at, valid_from, valid_to, is_current, false as is_inferred
from batch_customer_versions
where not (version_number = 1 and fills_inferred);

insert into dim_customer by name
with referenced as (
    select customer_id from stg_orders where order_id in (select order_id from batch_orders)
    union select customer_id from stg_contacts where contact_id in (select contact_id from batch_contacts)
    union select customer_id from stg_complaints where complaint_id in (select complaint_id from batch_complaints)
)

select
    (select coalesce(max(customer_key), 0) from dim_customer) + row_number() over (order by customer_id) as customer_key,
    customer_id,
    'Unknown customer ' || customer_id as full_name,
    'Customer' as preferred_name,
    null as email,
    'Unknown' as region,
    'unknown' as signup_channel,
    null as signed_up_at,
    timestamp '0001-01-01' as valid_from,
    timestamp '9999-12-31' as valid_to,
    true as is_current,
    true as is_inferred
from referenced
where customer_id is not null and customer_id not in (select customer_id from dim_customer);
