-- one row per complaint, keyed to the customer version in force when it was opened
-- rebuilt for this run's complaints, and for complaints of a customer whose version changed from that change on
-- (batch_fact_complaints)
-- inputs: stg_complaints, dim_customer, dim_product, batch_fact_complaints
delete from fct_complaint
where complaint_id in (select complaint_id from batch_fact_complaints);

insert into fct_complaint by name
with complaints as (
    select * from stg_complaints
    where complaint_id in (select complaint_id from batch_fact_complaints)
    qualify row_number() over (partition by complaint_id order by _run_id desc) = 1
),

customers as (
    select customer_key, customer_id, valid_from, valid_to from dim_customer
),

products as (
    select product_key, product_id from dim_product
),

final as (
    select
        -- ids
        complaints.complaint_id,
        complaints.order_id,
        -- keys
        customers.customer_key,
        products.product_key,
        (year(complaints.opened_at) * 10000 + month(complaints.opened_at) * 100 + day(complaints.opened_at))::integer as opened_date_key,
        -- attributes
        complaints.status,
        complaints.category,
        complaints.severity,
        complaints.complaint_text,
        -- numerics
        case when complaints.resolved_at is not null
             then date_diff('second', complaints.opened_at, complaints.resolved_at) / 3600.0 end as hours_to_resolve,
        -- null when nobody has answered yet, or the export does not say (a file without first_response_at)
        case when complaints.first_response_at is not null
             then date_diff('second', complaints.opened_at, complaints.first_response_at) / 3600.0 end as hours_to_first_response,
        complaints.reopened_count,
        -- timestamps
        complaints.opened_at,
        complaints.resolved_at,
        complaints.first_response_at
    from complaints
    left join customers
        on customers.customer_id = complaints.customer_id
       and complaints.opened_at >= customers.valid_from and complaints.opened_at < customers.valid_to
    left join products on products.product_id = complaints.product_id
)

select * from final;
