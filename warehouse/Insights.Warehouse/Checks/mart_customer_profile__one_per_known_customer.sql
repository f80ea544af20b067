-- relationships: a customer this run landed (a --full run checks all) has a document exactly when dim_customer knows them
with landed as (
    select customer_id from batch_customers
),

known as (
    select distinct customer_id from dim_customer where customer_id in (select customer_id from landed)
),

documents as (
    select distinct customer_id from mart_customer_profile where customer_id in (select customer_id from landed)
)

select coalesce(known.customer_id, documents.customer_id) as customer_id,
       known.customer_id is not null as is_known, documents.customer_id is not null as has_document
from known
full join documents using (customer_id)
where known.customer_id is null or documents.customer_id is null
