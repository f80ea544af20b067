-- the rows of complaints_in_view.sql from the load's per-complaint attributes (mart_complaint_detail, migration 0054): the
-- customer and region of the version in force at the opening and the order channel group are the mart's, so no request
-- joins every complaint to the customer versions and the 6.5 M completed orders (at SF10 most of a first view's time). The
-- product's category is read here (it may change without the complaint). Needs sla_targets (sla_targets.sql).
create or replace temp table complaints_in_view as
with complaints as (
    select * from mart_complaint_detail
    where ($from::timestamp is null or opened_at >= $from::timestamp)
      and ($to::timestamp is null or opened_at < $to::timestamp + interval 1 day)
      and ($category::varchar is null or category = $category::varchar)
      and ($severity::varchar is null or severity = lower($severity::varchar))
      and ($region::varchar is null or region = $region::varchar)
      and ($segment::varchar is null or customer_id in (select customer_id from mart_customer_rfm where segment = $segment::varchar))
      and ($segment_id::integer is null or customer_id in (select customer_id from app_segment_member where segment_id = $segment_id::integer))
),

joined as (
    select
        -- ids
        complaints.complaint_id,
        complaints.customer_id::bigint as customer_id,
        -- attributes
        complaints.category as complaint_category,
        complaints.severity,
        complaints.region,
        coalesce(products.category, '(no product)') as product_category,
        complaints.order_channel,
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
    left join dim_product as products on products.product_key = complaints.product_key
    left join sla_targets as targets on targets.severity = complaints.severity
),

final as (
    select
        *,
        -- a breach: resolved later than the target, or still open past it now; no target, no breach
        coalesce(target_hours is not null and coalesce(resolution_hours, open_hours) > target_hours, false) as is_breach
    from joined
)

select * from final;
