-- The business rules both the marts (Models/marts) and the reports (reports/Insights.Reports/Pages) apply, each written once
-- here as a DuckDB macro: the mart and the report call the same text, so they cannot drift apart (MartPathTests still compares
-- their outputs, as a guard). Macros hold no data; a later migration restates a rule with `create or replace macro`.
-- A table macro's parameters are named unlike any column (on_date, region_name, ...): inside a macro a parameter hides a
-- column of its name.
-- A macro taking a relation's name (orders, totals, customers) reads it with query_table(): a table, a view or a CTE of the
-- caller, with the columns the macro's comment lists.

-- Loyalty windows -----------------------------------------------------------------------------------------------------------

-- days after a complaint or a return within which an order counts as "retained"; also the window of the baseline groups
create or replace macro loyalty_window_days() as 90;

-- a complaint resolved within this many hours is "resolved quickly"
create or replace macro loyalty_quick_hours() as 48;

-- Purchase days -------------------------------------------------------------------------------------------------------------

-- the purchase day of an order: several orders on one day are one purchase (as the intervals report, the CDNOW literature and
-- lifetimes count them); a repeat purchase is a later purchase day
create or replace macro purchase_on(ordered_at) as ordered_at::date;

-- one row per customer with two or more purchase days: the first order of the second purchase day (the earliest order after
-- the first purchase day). Two plain aggregations and a join: about twice as fast as ranking the days with a window, and they
-- spill to disk. orders: customer_id, ordered_at
create or replace macro second_purchases(orders) as table
with first_days as (
    select customer_id, min(purchase_on(ordered_at)) as first_purchase_on
    from query_table(orders)
    group by customer_id
)

select o.customer_id, min(o.ordered_at) as second_ordered_at
from query_table(orders) as o
join first_days on first_days.customer_id = o.customer_id and purchase_on(o.ordered_at) > first_days.first_purchase_on
group by o.customer_id;

-- Customers of a filtered population ------------------------------------------------------------------------------------------

-- one row per completed order before on_date in the chosen channel (mart_customer_order); with a category, the order's lines in
-- that category only (mart_customer_category_order), so an order counts once whatever number of its lines match; of customers
-- in the chosen region (their current version's region). Null region, channel, category: all. Two branches each, so that
-- without a filter DuckDB drops the branch and its semi-join (one "region is null or customer in (...)" would probe every order)
create or replace macro loyalty_orders(on_date, region_name, channel_name, category_name) as table
with order_rows as (
    select customer_id, order_id, ordered_at, net_amount, full_price_amount
    from mart_customer_order
    where category_name::varchar is null
      and ordered_at < on_date::date
      and (channel_name::varchar is null or channel_code = channel_name::varchar)
    union all
    select customer_id, order_id, ordered_at, net_amount, full_price_amount
    from mart_customer_category_order
    where category = category_name::varchar
      and ordered_at < on_date::date
      and (channel_name::varchar is null or channel_code = channel_name::varchar)
)

select * from order_rows where region_name::varchar is null
union all
select * from order_rows
where region_name::varchar is not null
  and customer_id in (select customer_id from dim_customer where is_current and region = region_name::varchar);

-- one row per customer of the population with an order before on_date: the per-customer totals RFM scores
create or replace macro loyalty_order_totals(on_date, region_name, channel_name, category_name) as table
select on_date::date as as_of, totals.*
from (
    select
        customer_id,
        count(*) as count_orders,
        sum(net_amount)::decimal(18, 2) as net_amount,
        sum(full_price_amount)::decimal(18, 2) as full_price_amount,
        min(ordered_at) as first_ordered_at,
        max(ordered_at)::date as last_ordered_on
    from loyalty_orders(on_date, region_name, channel_name, category_name)
    group by customer_id
) as totals;

-- Period lines ----------------------------------------------------------------------------------------------------------------

-- true when event_at lies in the period [from_date, to_date] (whole days; null = open at that end)
create or replace macro in_period(event_at, from_date, to_date) as
    (from_date::date is null or event_at >= from_date::date) and (to_date::date is null or event_at < to_date::date + interval 1 day);

-- one row per completed order line ordered in the period, with the customer's business id and the product's name and
-- category: what the cross-sell reports over a period's purchases read (white space, sequences, rising pairs, complaint signals)
create or replace macro period_lines(from_date, to_date) as table
select
    f.order_id,
    f.ordered_at,
    f.net_amount,
    c.customer_id,
    p.product_name,
    p.category
from fct_order_line as f
join dim_product as p on p.product_key = f.product_key
join dim_customer as c on c.customer_key = f.customer_key
where f.order_status = 'completed'
  and in_period(f.ordered_at, from_date, to_date);

-- one row per product with the id of its basket item, numbered 0.. by product id (level_name 'product') or by category name
-- ('category'), the item's display name and the product's category
create or replace macro basket_items(level_name) as table
select
    product_key,
    (case when level_name = 'category' then dense_rank() over (order by category)
          else dense_rank() over (order by product_id) end - 1)::integer as item_id,
    case when level_name = 'category' then category else product_name end as item_name,
    category
from dim_product;

-- one row per completed order line in the period with its basket item id, of the customers whose current RFM segment
-- (mart_customer_rfm) is segment_name (null: everyone)
create or replace macro basket_lines(level_name, from_date, to_date, segment_name) as table
select f.order_id, i.item_id
from fct_order_line as f
join basket_items(level_name) as i on i.product_key = f.product_key
where f.order_status = 'completed'
  and in_period(f.ordered_at, from_date, to_date)
  and (segment_name::varchar is null or f.customer_key in (
      select c.customer_key
      from dim_customer as c
      join mart_customer_rfm as r on r.customer_id = c.customer_id
      where r.segment = segment_name::varchar));

-- RFM scoring ---------------------------------------------------------------------------------------------------------------

-- quintiles per as-of date (ntile(5) over the value ascending, ties broken by customer_id ascending) and the segment of the
-- (R, F) cell (ref_rfm_segment), computed over the columns they order by only: over whole rows it ran an SF10 load out of memory.
-- totals: as_of, customer_id, last_ordered_on, count_orders, net_amount (one row per customer and as_of)
create or replace macro rfm_scores(totals) as table
with scores as (
    select
        as_of,
        customer_id,
        ntile(5) over (partition by as_of order by last_ordered_on asc, customer_id asc)::integer as r_score,
        ntile(5) over (partition by as_of order by count_orders asc, customer_id asc)::integer as f_score,
        ntile(5) over (partition by as_of order by net_amount asc, customer_id asc)::integer as m_score
    from query_table(totals)
)

select scores.*, map.segment, map.segment_rank
from scores
join ref_rfm_segment as map on map.r_score = scores.r_score and map.f_score = scores.f_score;

-- the share of a customer's net revenue sold at full price (0 without revenue)
create or replace macro full_price_share(net_amount, full_price_amount) as
    case when net_amount > 0 then full_price_amount / net_amount else 0 end;

-- price behaviour (docs/reports/loyalty.md: beyond price). Single purchase counts orders, as RFM frequency does
create or replace macro price_class(count_orders, net_amount, full_price_amount) as
    case
        when count_orders = 1 then 'Single purchase'
        when full_price_share(net_amount, full_price_amount) >= 0.8 then 'Brand loyal'
        when full_price_share(net_amount, full_price_amount) < 0.5 then 'Deal seeker'
        else 'Mixed'
    end;

-- one row per customer and as-of date: the totals (every column) with their scores, segment and the loyalty report's
-- per-customer figures. totals: as_of, customer_id, count_orders, net_amount, full_price_amount, first_ordered_at,
-- last_ordered_on, and any other column to carry along
create or replace macro rfm_customers(totals) as table
select
    t.*,
    (t.as_of - t.last_ordered_on)::integer as recency_days,
    scores.r_score,
    scores.f_score,
    scores.m_score,
    scores.segment,
    scores.segment_rank,
    date_trunc('month', t.first_ordered_at)::date as cohort_month,
    full_price_share(t.net_amount, t.full_price_amount) as full_price_share,
    price_class(t.count_orders, t.net_amount, t.full_price_amount) as price_class
from query_table(totals) as t
join rfm_scores(totals) as scores on scores.as_of = t.as_of and scores.customer_id = t.customer_id;

-- Service group -------------------------------------------------------------------------------------------------------------

-- how a complaint was handled by on_date
create or replace macro service_group(resolved_at, hours_to_resolve, on_date) as
    case
        when resolved_at is null or resolved_at >= on_date then 'Unresolved'
        when hours_to_resolve <= loyalty_quick_hours() then 'Resolved quickly'
        else 'Resolved slowly'
    end;

-- each customer's first complaint and first return (kind) opened at least loyalty_window_days() before on_date, and its group
create or replace macro loyalty_first_events(on_date) as table
select customers.customer_id, 'complaint' as kind, complaints.opened_at as event_at,
    service_group(complaints.resolved_at, complaints.hours_to_resolve, on_date::date) as service_group
from fct_complaint as complaints
join dim_customer as customers on customers.customer_key = complaints.customer_key
where complaints.opened_at < on_date::date - to_days(loyalty_window_days())
qualify row_number() over (partition by customers.customer_id order by complaints.opened_at, complaints.complaint_id) = 1
union all
select customers.customer_id, 'return', returns.returned_at, 'Returned'
from fct_return as returns
join dim_customer as customers on customers.customer_key = returns.customer_key
where returns.returned_at < on_date::date - to_days(loyalty_window_days())
qualify row_number() over (partition by customers.customer_id order by returns.returned_at, returns.return_id) = 1;

-- one row per customer and kind (complaint, return) in a service study: the service group, and whether the customer was
-- retained: after an event, an order within the window after it; without one (and with a first order before the window),
-- an order in the last window before on_date. customers: customer_id, first_ordered_at, last_ordered_on (the population);
-- orders: customer_id, ordered_at (their orders before on_date)
create or replace macro loyalty_service_groups(on_date, customers, orders) as table
with events as (
    select * from loyalty_first_events(on_date)
),

-- a join probed by the orders, so only the events (hundreds of thousands at SF10) are held in memory, not the orders
retained_after_event as (
    select events.customer_id, events.kind
    from events
    semi join query_table(orders) as o
      on o.customer_id = events.customer_id
     and o.ordered_at > events.event_at
     and o.ordered_at <= events.event_at + to_days(loyalty_window_days())
)

select
    c.customer_id,
    kinds.kind,
    coalesce(events.service_group, kinds.baseline_group) as service_group,
    case when events.customer_id is not null
        then retained.customer_id is not null
        else c.last_ordered_on >= on_date::date - to_days(loyalty_window_days())
    end as is_retained
from query_table(customers) as c
cross join (values ('complaint', 'No complaint'), ('return', 'No return')) as kinds(kind, baseline_group)
left join events on events.kind = kinds.kind and events.customer_id = c.customer_id
left join retained_after_event as retained on retained.kind = kinds.kind and retained.customer_id = c.customer_id
where events.customer_id is not null or c.first_ordered_at < on_date::date - to_days(loyalty_window_days());

-- Cohorts -------------------------------------------------------------------------------------------------------------------

-- one row per (first-purchase month, months since) of the population: the cohort's size and its customers ordering in that
-- month, every month from the cohort's first to on_date's month (a month nobody came back shows 0)
create or replace macro loyalty_cohorts(on_date, region_name, channel_name, category_name) as table
with orders as (
    select customer_id, ordered_at from loyalty_orders(on_date, region_name, channel_name, category_name)
),

firsts as (
    select customer_id, date_trunc('month', min(ordered_at))::date as cohort_month from orders group by customer_id
),

activity as (
    select distinct
        firsts.cohort_month,
        firsts.customer_id,
        datediff('month', firsts.cohort_month, date_trunc('month', orders.ordered_at)::date) as months_since
    from firsts
    join orders on orders.customer_id = firsts.customer_id
),

sizes as (
    select cohort_month, count(*) as count_customers from firsts group by cohort_month
),

cells as (
    select sizes.cohort_month, sizes.count_customers, months_since
    from sizes,
        range(0, datediff('month', sizes.cohort_month, date_trunc('month', on_date::date - 1)::date) + 1) as t(months_since)
)

select
    cells.cohort_month,
    cells.months_since::integer as months_since,
    cells.count_customers,
    count(activity.customer_id) as count_active
from cells
left join activity on activity.cohort_month = cells.cohort_month and activity.months_since = cells.months_since
group by cells.cohort_month, cells.months_since, cells.count_customers;

-- The loyalty report's population, read from the marts (source_name 'mart': the default view, no filters, as of the marts'
-- date) or computed from the orders ('live'). DuckDB drops the branch the source does not take (the parameter is folded).

-- one row per customer of the population as of on_date (the columns of rfm_customers over loyalty_order_totals)
create or replace macro loyalty_customers(source_name, on_date, region_name, channel_name, category_name) as table
select
    as_of_date as as_of, customer_id, count_orders, net_amount, full_price_amount, first_ordered_at, last_ordered_on,
    recency_days, r_score, f_score, m_score, segment, segment_rank, cohort_month,
    full_price_share(net_amount, full_price_amount) as full_price_share, price_class
from mart_customer_rfm
where source_name = 'mart' and as_of_date = on_date::date
union all
select * from (
    with totals as (select * from loyalty_order_totals(on_date, region_name, channel_name, category_name))
    select
        as_of, customer_id, count_orders, net_amount, full_price_amount, first_ordered_at, last_ordered_on,
        recency_days, r_score, f_score, m_score, segment, segment_rank, cohort_month, full_price_share, price_class
    from rfm_customers('totals')
)
where source_name = 'live';

-- one row per repeat customer of the population as of on_date: the first order of the second purchase day (apart from
-- loyalty_customers, so only the views about repeat purchase pay for it)
create or replace macro loyalty_second_purchases(source_name, on_date, region_name, channel_name, category_name) as table
select customer_id, second_ordered_at
from mart_customer_rfm
where source_name = 'mart' and as_of_date = on_date::date and second_ordered_at is not null
union all
select * from (
    with orders as (select customer_id, ordered_at from loyalty_orders(on_date, region_name, channel_name, category_name))
    select customer_id, second_ordered_at from second_purchases('orders')
)
where source_name = 'live';

-- one row per customer of the population with an order before previous_date: the segment then (the mart keeps the segments
-- a month, a quarter and a year before its date)
create or replace macro loyalty_previous_segments(source_name, on_date, previous_date, region_name, channel_name, category_name) as table
select previous.customer_id, previous.segment, ranks.segment_rank
from (
    select
        customer_id,
        case datediff('month', previous_date::date, on_date::date)
            when 1 then segment_prev_month when 3 then segment_prev_quarter when 12 then segment_prev_year
        end as segment
    from mart_customer_rfm
    where source_name = 'mart'
) as previous
join (select distinct segment, segment_rank from ref_rfm_segment) as ranks on ranks.segment = previous.segment
union all
select customer_id, segment, segment_rank
from loyalty_customers('live', previous_date, region_name, channel_name, category_name)
where source_name = 'live';

-- one row per customer and kind in a service study of the population as of on_date (the columns of loyalty_service_groups)
create or replace macro loyalty_service(source_name, on_date, region_name, channel_name, category_name) as table
select customer_id, 'complaint' as kind, complaint_group as service_group, is_complaint_retained as is_retained
from mart_customer_rfm
where source_name = 'mart' and complaint_group is not null
union all
select customer_id, 'return', return_group, is_return_retained
from mart_customer_rfm
where source_name = 'mart' and return_group is not null
union all
select * from (
    with orders as (select customer_id, ordered_at from loyalty_orders(on_date, region_name, channel_name, category_name)),
    customers as (
        select customer_id, min(ordered_at) as first_ordered_at, max(ordered_at)::date as last_ordered_on
        from orders
        group by customer_id
    )
    select customer_id, kind, service_group, is_retained from loyalty_service_groups(on_date, 'customers', 'orders')
)
where source_name = 'live';

-- Second purchase counted in purchase days from this migration on: restate what the marts already hold (a fresh warehouse's
-- marts are empty here; the models fill them with the macros above)
update mart_customer_order_totals as totals
set second_ordered_at = second.second_ordered_at
from (
    select customers.customer_id, second.second_ordered_at
    from (select distinct customer_id from mart_customer_order_totals) as customers
    left join second_purchases('mart_customer_order') as second on second.customer_id = customers.customer_id
) as second
where totals.period = 'now' and totals.customer_id = second.customer_id;

update mart_customer_rfm as rfm
set second_ordered_at = totals.second_ordered_at
from mart_customer_order_totals as totals
where totals.period = 'now' and totals.customer_id = rfm.customer_id;
