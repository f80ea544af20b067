-- one row per complaint (see migration 0054): what the service report's complaints view filters and groups by that only a
-- load changes, so a view reads this table instead of joining every complaint to the customer versions and the completed
-- orders per request. Rebuilt for the complaints fct_complaint rebuilt (batch_fact_complaints: landed, or re-keyed to a new
-- customer version, which may move the region) and those whose order mart_customer_order rebuilt (batch_mart_orders: an
-- order placed, cancelled or changed moves the complaint between its channel and '(order not completed)'); every complaint
-- under $full. Written in order of opening, so a period reads only the row groups that can hold it.
-- inputs: fct_complaint, dim_customer, mart_customer_order, batch_fact_complaints, batch_mart_orders
delete from mart_complaint_detail
where $full
   or complaint_id in (select complaint_id from batch_fact_complaints)
   or order_id in (select order_id from batch_mart_orders);

insert into mart_complaint_detail by name
with complaints as (
    select * from fct_complaint
    where $full
       or complaint_id in (select complaint_id from batch_fact_complaints)
       or order_id in (select order_id from batch_mart_orders)
),

customers as (
    select customer_key, customer_id, region from dim_customer
),

-- the complaint's order channel: completed orders only (the rates' denominators are completed orders too)
completed_orders as (
    select order_id, channel_code from mart_customer_order
),

final as (
    select
        -- ids
        complaints.complaint_id,
        customers.customer_id,
        complaints.product_key,
        complaints.order_id,
        -- attributes
        customers.region,
        case when complaints.order_id is null then '(no order)'
             else coalesce(completed_orders.channel_code, '(order not completed)') end as order_channel,
        complaints.category,
        lower(complaints.severity) as severity,
        -- numerics
        complaints.reopened_count,
        -- timestamps
        complaints.opened_at,
        complaints.first_response_at,
        complaints.resolved_at
    from complaints
    join customers on customers.customer_key = complaints.customer_key
    left join completed_orders on completed_orders.order_id = complaints.order_id
)

select * from final
order by opened_at, complaint_id;
