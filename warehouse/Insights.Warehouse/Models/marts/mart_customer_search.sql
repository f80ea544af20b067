-- one row per customer (business id): the current version's names and e-mail with the normalised keys the customer search
-- compares (see migration 0016). A customer's current version changes only when one of their versions lands (batch_customers:
-- a new version, an inferred row filled in place), so those customers are rewritten; customers dim_customer gained without a
-- landed version (inferred members of this run's facts) are added. A full build rewrites everyone.
-- inputs: dim_customer, batch_customers
delete from mart_customer_search
where $full or customer_id in (select customer_id from batch_customers);

insert into mart_customer_search by name
with current_versions as (
    select * from dim_customer
    where is_current and customer_id not in (select customer_id from mart_customer_search)
),

final as (
    select
        -- ids
        customer_id,
        -- attributes
        full_name,
        preferred_name,
        email,
        region,
        is_inferred,
        -- search keys: the same normalisation the search applies to what is typed (customer_search.sql)
        strip_accents(lower(full_name || ' ' || preferred_name)) as name_key,
        nullif(lower(trim(email)), '') as email_key
    from current_versions
)

select * from final;
