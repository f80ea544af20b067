-- relationships: the rows of the complaints this run rebuilt (batch_fact_complaints) or whose order it rebuilt
-- (batch_mart_orders) are those fct_complaint, the customer version and the completed orders give now: a row left behind
-- (an old region or channel), one missing or one too many shows here
with checked as (
    select complaint_id from fct_complaint
    where complaint_id in (select complaint_id from batch_fact_complaints)
       or order_id in (select order_id from batch_mart_orders)
),

facts as (
    select
        complaints.complaint_id, customers.customer_id, customers.region,
        case when complaints.order_id is null then '(no order)'
             else coalesce(orders.channel_code, '(order not completed)') end as order_channel,
        lower(complaints.severity) as severity, complaints.opened_at
    from fct_complaint as complaints
    join dim_customer as customers on customers.customer_key = complaints.customer_key
    left join mart_customer_order as orders on orders.order_id = complaints.order_id
    where complaints.complaint_id in (select complaint_id from checked)
),

marts as (
    select complaint_id, customer_id, region, order_channel, severity, opened_at
    from mart_complaint_detail
    where complaint_id in (select complaint_id from checked)
),

differences as (
    (select 'missing in mart' as problem, * from (select * from facts except all select * from marts))
    union all
    (select 'not in facts' as problem, * from (select * from marts except all select * from facts))
)

select * from differences
