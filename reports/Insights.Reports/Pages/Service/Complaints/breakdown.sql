-- one row per group of the breakdown $by (complaint-category, product-category, order-channel, region, month, severity; 'all'
-- gives the one total row): complaints in view, resolution percentiles, SLA breaches, first response, reopens, and the rate per
-- 1,000 completed orders of the group's denominator. Reads complaints_in_view and orders_in_view (this connection's temp tables:
-- orders_in_view holds order counts, per_category false every order once, true the orders with a line in each category).
-- Denominators: an order attribute (order channel, region, month, product category) counts the completed orders in view having
-- it (for a product category: orders with a line in it); a complaint attribute (complaint category, severity) counts all of
-- them. Complaints without a product or a completed order form their own group, with no denominator and so no rate.
with complaints as (
    select
        case $by
            when 'complaint-category' then complaint_category
            when 'product-category' then product_category
            when 'order-channel' then order_channel
            when 'region' then region
            when 'month' then opened_month
            when 'severity' then severity
            else '(all)'
        end as group_value,
        *
    from complaints_in_view
),

complaints_by_group as (
    select
        group_value,
        count(*) as complaints,
        count(*) filter (where is_resolved) as resolved,
        count(*) filter (where not is_resolved) as still_open,
        quantile_cont(resolution_hours, 0.5) as resolution_hours_p50,
        quantile_cont(resolution_hours, 0.9) as resolution_hours_p90,
        count(*) filter (where target_hours is not null) as with_target,
        count(*) filter (where is_breach) as sla_breaches,
        count(first_response_hours) as first_responses_known,
        quantile_cont(first_response_hours, 0.5) as first_response_hours_p50,
        quantile_cont(first_response_hours, 0.9) as first_response_hours_p90,
        count(reopened_count) as reopens_known,
        count(*) filter (where reopened_count > 0) as reopened,
        avg(reopened_count) as mean_reopens
    from complaints
    group by group_value
),

order_groups as (
    select
        case $by
            when 'order-channel' then channel_code
            when 'region' then region
            when 'month' then ordered_month
            when 'product-category' then category
            else '(all)'
        end as group_value,
        orders
    from orders_in_view
    where $by in ('order-channel', 'region', 'month', 'product-category', 'all')
      and per_category = ($by = 'product-category')
),

-- orders_in_view holds counts per month, channel, region (and category): the groups' orders are their sums
orders_by_group as (
    select group_value, sum(orders)::bigint as orders from order_groups group by group_value
),

all_orders as (
    select coalesce(sum(orders), 0)::bigint as orders from orders_in_view where not per_category
),

final as (
    select
        coalesce(complaints_by_group.group_value, orders_by_group.group_value) as group_value,
        coalesce(complaints_by_group.complaints, 0) as complaints,
        case when $by in ('order-channel', 'region', 'month', 'product-category', 'all') then orders_by_group.orders
             else all_orders.orders end as orders,
        coalesce(complaints_by_group.resolved, 0) as resolved,
        coalesce(complaints_by_group.still_open, 0) as still_open,
        complaints_by_group.resolution_hours_p50,
        complaints_by_group.resolution_hours_p90,
        coalesce(complaints_by_group.with_target, 0) as with_target,
        coalesce(complaints_by_group.sla_breaches, 0) as sla_breaches,
        coalesce(complaints_by_group.first_responses_known, 0) as first_responses_known,
        complaints_by_group.first_response_hours_p50,
        complaints_by_group.first_response_hours_p90,
        coalesce(complaints_by_group.reopens_known, 0) as reopens_known,
        coalesce(complaints_by_group.reopened, 0) as reopened,
        complaints_by_group.mean_reopens
    from complaints_by_group
    full outer join orders_by_group on orders_by_group.group_value = complaints_by_group.group_value
    cross join all_orders
)

select
    *,
    complaints * 1000.0 / nullif(orders, 0) as complaints_per_1000_orders
from final
order by case when $by = 'month' then group_value end, complaints desc, group_value;
