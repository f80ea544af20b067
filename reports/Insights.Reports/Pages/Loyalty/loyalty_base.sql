-- Shared CTEs of every loyalty view (LoyaltyQuery puts one view's select after them; DuckDB drops the CTEs a view does not use).
-- Parameters: $as_of (date: counts orders placed before that day), $prev_as_of (the migration's earlier date; equal to $as_of
-- when unused), $region, $channel, $category (null = all), $window_days (retention window), $quick_hours (fast resolution).
with as_of_dates as (
    select distinct unnest([$as_of::date, $prev_as_of::date]) as as_of
),

current_customers as (
    select customer_id, full_name, preferred_name, email, region
    from dim_customer
    where is_current
      and ($region::varchar is null or region = $region::varchar)
),

-- one row per completed order before $as_of in the chosen channel (mart_customer_order); with a category, the order's lines in
-- that category only (mart_customer_category_order), so an order counts once whatever number of its lines match
order_rows as (
    select customer_id, order_id, ordered_at, net_amount, full_price_amount
    from mart_customer_order
    where $category::varchar is null
      and ordered_at < $as_of::date
      and ($channel::varchar is null or channel_code = $channel::varchar)
    union all
    select customer_id, order_id, ordered_at, net_amount, full_price_amount
    from mart_customer_category_order
    where category = $category::varchar
      and ordered_at < $as_of::date
      and ($channel::varchar is null or channel_code = $channel::varchar)
),

-- of customers in the chosen region (their current version's region); two branches, so that without a region DuckDB drops
-- the second and its semi-join (one "region is null or customer in (...)" filter would probe every order)
orders as (
    select * from order_rows where $region::varchar is null
    union all
    select * from order_rows
    where $region::varchar is not null and customer_id in (select customer_id from current_customers)
),

per_customer as (
    select
        as_of_dates.as_of,
        orders.customer_id,
        count(*) as count_orders,
        sum(orders.net_amount)::decimal(18, 2) as net_amount,
        sum(orders.full_price_amount)::decimal(18, 2) as full_price_amount,
        min(orders.ordered_at) as first_ordered_at,
        max(orders.ordered_at)::date as last_ordered_on
    from orders
    join as_of_dates on orders.ordered_at < as_of_dates.as_of
    group by as_of_dates.as_of, orders.customer_id
),

-- quintiles per as-of date: ntile(5) over the value ascending, ties broken by customer_id ascending
scored as (
    select
        per_customer.*,
        (per_customer.as_of - per_customer.last_ordered_on)::integer as recency_days,
        ntile(5) over (partition by as_of order by last_ordered_on asc, customer_id asc)::integer as r_score,
        ntile(5) over (partition by as_of order by count_orders asc, customer_id asc)::integer as f_score,
        ntile(5) over (partition by as_of order by net_amount asc, customer_id asc)::integer as m_score
    from per_customer
),

segmented as (
    select scored.*, map.segment, map.segment_rank
    from scored
    join ref_rfm_segment as map on map.r_score = scored.r_score and map.f_score = scored.f_score
),

-- the customers as of $as_of, the population of every view (lines holds only customers of the region already)
customers as (
    select
        segmented.*,
        date_trunc('month', segmented.first_ordered_at)::date as cohort_month,
        case when segmented.net_amount > 0 then segmented.full_price_amount / segmented.net_amount else 0 end as full_price_share
    from segmented
    where segmented.as_of = $as_of::date
),

-- the second order of each repeat customer (orders ranked by time, then id)
second_orders as (
    select customer_id, ordered_at as second_ordered_at
    from orders
    qualify row_number() over (partition by customer_id order by ordered_at, order_id) = 2
),

-- price behaviour of each customer (see README: Loyalty beyond price)
price_classes as (
    select
        customer_id,
        case
            when count_orders = 1 then 'Single purchase'
            when full_price_share >= 0.8 then 'Brand loyal'
            when full_price_share < 0.5 then 'Deal seeker'
            else 'Mixed'
        end as price_class
    from customers
),

-- each customer's first complaint opened at least $window_days before $as_of, and how it was handled by $as_of
first_complaints as (
    select
        customers.customer_id,
        complaints.opened_at as event_at,
        case
            when complaints.resolved_at is null or complaints.resolved_at >= $as_of::date then 'Unresolved'
            when complaints.hours_to_resolve <= $quick_hours::double then 'Resolved quickly'
            else 'Resolved slowly'
        end as service_group
    from fct_complaint as complaints
    join dim_customer as customers on customers.customer_key = complaints.customer_key
    where complaints.opened_at < $as_of::date - to_days($window_days::integer)
    qualify row_number() over (partition by customers.customer_id order by complaints.opened_at, complaints.complaint_id) = 1
),

first_returns as (
    select customers.customer_id, returns.returned_at as event_at, 'Returned' as service_group
    from fct_return as returns
    join dim_customer as customers on customers.customer_key = returns.customer_key
    where returns.returned_at < $as_of::date - to_days($window_days::integer)
    qualify row_number() over (partition by customers.customer_id order by returns.returned_at, returns.return_id) = 1
),

-- the service groups: who had an event, whether they ordered in the window after it; the baseline is every other customer
-- who had ordered before the window started, retained when they ordered within the last $window_days days before $as_of
service as (
    select
        kinds.kind,
        customers.customer_id,
        coalesce(events.service_group, baseline_group) as service_group,
        case
            when events.customer_id is not null then exists (
                select 1 from orders
                where orders.customer_id = customers.customer_id
                  and orders.ordered_at > events.event_at
                  and orders.ordered_at <= events.event_at + to_days($window_days::integer))
            else exists (
                select 1 from orders
                where orders.customer_id = customers.customer_id
                  and orders.ordered_at >= $as_of::date - to_days($window_days::integer))
        end as is_retained
    from (
        select 'complaint' as kind, 'No complaint' as baseline_group
        union all
        select 'return', 'No return'
    ) as kinds
    cross join customers
    left join (
        select 'complaint' as kind, * from first_complaints
        union all
        select 'return', * from first_returns
    ) as events on events.kind = kinds.kind and events.customer_id = customers.customer_id
    where events.customer_id is not null
       or customers.first_ordered_at < $as_of::date - to_days($window_days::integer)
)
