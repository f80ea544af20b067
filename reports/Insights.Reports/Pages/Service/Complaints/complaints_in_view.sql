-- one row per complaint in view: opened in the period (days of opened_at, both ends included), of a customer in the region (the
-- customer version in force at opening) and in the current RFM segment, of the category and severity asked; with what the
-- breakdowns group by and the SLA state as at $now (the query passes null: open complaints then get no age and no breach here,
-- and ComplaintsAtLoad.AsAt adds them per request). A temp table: the view's other statements read it on the same connection.
-- Needs sla_targets (sla_targets.sql). The statement of a warehouse whose load has not filled mart_complaint_detail yet
-- (complaint_details_built.sql); complaints_in_view_marts.sql gives the same rows from it. The texts stay out (the open
-- complaints' are read by open_complaints.sql: carrying every text made this table several times larger).
create or replace temp table complaints_in_view as
with complaints as (
    select * from fct_complaint
    where ($from::timestamp is null or opened_at >= $from::timestamp)
      and ($to::timestamp is null or opened_at < $to::timestamp + interval 1 day)
      and ($category::varchar is null or category = $category::varchar)
      and ($severity::varchar is null or lower(severity) = lower($severity::varchar))
),

customers as (
    select customer_key, customer_id, region from dim_customer
),

segment_members as (
    select customer_id from mart_customer_rfm where segment = $segment::varchar
),

-- the complaint's order channel: completed orders only (the rates' denominators are completed orders too)
completed_orders as (
    select order_id, channel_code from mart_customer_order
),

joined as (
    select
        -- ids
        complaints.complaint_id,
        customers.customer_id::bigint as customer_id,
        -- attributes
        complaints.category as complaint_category,
        lower(complaints.severity) as severity,
        customers.region,
        coalesce(products.category, '(no product)') as product_category,
        case when complaints.order_id is null then '(no order)'
             else coalesce(completed_orders.channel_code, '(order not completed)') end as order_channel,
        strftime(complaints.opened_at, '%Y-%m') as opened_month,
        complaints.resolved_at is not null as is_resolved,
        targets.target_hours,
        -- numerics
        case when complaints.resolved_at is not null
             then date_diff('second', complaints.opened_at, complaints.resolved_at) / 3600.0::double end as resolution_hours,
        case when complaints.resolved_at is null
             then date_diff('second', complaints.opened_at, $now::timestamp) / 3600.0::double end as open_hours,
        date_diff('second', complaints.opened_at, complaints.first_response_at) / 3600.0::double as first_response_hours,
        complaints.reopened_count,
        -- timestamps
        complaints.opened_at,
        complaints.resolved_at
    from complaints
    join customers on customers.customer_key = complaints.customer_key
    left join dim_product as products on products.product_key = complaints.product_key
    left join completed_orders on completed_orders.order_id = complaints.order_id
    left join sla_targets as targets on targets.severity = lower(complaints.severity)
    where ($region::varchar is null or customers.region = $region::varchar)
      and ($segment::varchar is null or customers.customer_id in (select customer_id from segment_members))
      and ($segment_id::integer is null or customers.customer_id in (select customer_id from app_segment_member where segment_id = $segment_id::integer))
),

final as (
    select
        *,
        -- a breach: resolved later than the target, or still open past it now; no target, no breach
        coalesce(target_hours is not null and coalesce(resolution_hours, open_hours) > target_hours, false) as is_breach
    from joined
)

select * from final;
