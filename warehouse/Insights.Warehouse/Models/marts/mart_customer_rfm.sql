-- one row per customer (business id) with a completed order, scored as of the day after the latest completed order, with the
-- loyalty report's per-customer figures for its default view (no filters). Quintiles are global (one customer's new order can
-- move everyone's scores) and recency moves with the as-of date, so the scores are recomputed for everyone, but from the
-- per-customer totals mart_customer_order_totals keeps (a row per customer and date, not the orders), and only when this run
-- touched orders or customers (a complaints-only load costs nothing). The definitions are the loyalty report's
-- (reports/Insights.Reports/Pages/Loyalty/loyalty_base.sql, window 90 days, quick = 48 hours); a test keeps the two equal.
create or replace temp table batch_rfm_changed as
select exists (select 1 from batch_fact_orders) or exists (select 1 from batch_customers) or $full as changed;

-- one row per completed order (mart_customer_order, already current for this run); mart_loyalty_cohort reads it too
create or replace temp view batch_loyalty_orders as
select customer_id, order_id, ordered_at, net_amount, full_price_amount
from mart_customer_order
where (select changed from batch_rfm_changed);

-- the new rows, in the mart's own columns and types, merged below
create or replace temp table batch_rfm as
select * from mart_customer_rfm limit 0;

insert into batch_rfm by name
with as_of_dates as (
    select scored_on as as_of, period, scored_on
    from batch_totals_dates
    where period = 'now' and (select changed from batch_rfm_changed)
),

-- every customer's figures at each of the four dates (orders before it), kept by mart_customer_order_totals
per_customer as (
    select totals.*, as_of_dates.as_of
    from mart_customer_order_totals as totals
    cross join as_of_dates
),

-- scores now (R, F and M), and at the earlier dates only R and F, which are all their segments need
scored as (
    select
        per_customer.*,
        ntile(5) over (order by last_ordered_on asc, customer_id asc)::integer as r_score,
        ntile(5) over (order by count_orders asc, customer_id asc)::integer as f_score,
        ntile(5) over (order by net_amount asc, customer_id asc)::integer as m_score
    from per_customer
    where period = 'now'
),

scored_before as (
    select
        period,
        customer_id,
        ntile(5) over (partition by period order by last_ordered_on asc, customer_id asc)::integer as r_score,
        ntile(5) over (partition by period order by count_orders asc, customer_id asc)::integer as f_score
    from per_customer
    where period <> 'now'
),

segmented as (
    select scored.*, map.segment, map.segment_rank
    from scored
    join ref_rfm_segment as map on map.r_score = scored.r_score and map.f_score = scored.f_score
),

previous as (
    select
        scored_before.customer_id,
        any_value(map.segment) filter (where scored_before.period = 'month') as segment_prev_month,
        any_value(map.segment) filter (where scored_before.period = 'quarter') as segment_prev_quarter,
        any_value(map.segment) filter (where scored_before.period = 'year') as segment_prev_year
    from scored_before
    join ref_rfm_segment as map on map.r_score = scored_before.r_score and map.f_score = scored_before.f_score
    group by scored_before.customer_id
),

events as (
    select customers.customer_id, 'complaint' as kind, complaints.opened_at as event_at,
        case
            when complaints.resolved_at is null or complaints.resolved_at >= as_of_dates.as_of then 'Unresolved'
            when complaints.hours_to_resolve <= 48 then 'Resolved quickly'
            else 'Resolved slowly'
        end as service_group
    from fct_complaint as complaints
    join dim_customer as customers on customers.customer_key = complaints.customer_key
    join as_of_dates on as_of_dates.period = 'now'
    where complaints.opened_at < as_of_dates.as_of - to_days(90)
    qualify row_number() over (partition by customers.customer_id order by complaints.opened_at, complaints.complaint_id) = 1
    union all
    select customers.customer_id, 'return', returns.returned_at, 'Returned'
    from fct_return as returns
    join dim_customer as customers on customers.customer_key = returns.customer_key
    join as_of_dates on as_of_dates.period = 'now'
    where returns.returned_at < as_of_dates.as_of - to_days(90)
    qualify row_number() over (partition by customers.customer_id order by returns.returned_at, returns.return_id) = 1
),

-- retained: an order within 90 days after the event; without an event (and a first order before the window): in the last 90 days
service as (
    select
        now.customer_id,
        kinds.kind,
        coalesce(events.service_group, kinds.baseline_group) as service_group,
        case when events.customer_id is not null
            then exists (select 1 from batch_loyalty_orders as o where o.customer_id = now.customer_id
                         and o.ordered_at > events.event_at and o.ordered_at <= events.event_at + to_days(90))
            else now.last_ordered_on >= now.as_of - to_days(90)
        end as is_retained
    from segmented as now
    cross join (values ('complaint', 'No complaint'), ('return', 'No return')) as kinds(kind, baseline_group)
    left join events on events.kind = kinds.kind and events.customer_id = now.customer_id
    where now.period = 'now'
      and (events.customer_id is not null or now.first_ordered_at < now.as_of - to_days(90))
),

final as (
    select
        now.customer_id,
        now.as_of as as_of_date,
        (now.as_of - now.last_ordered_on)::integer as recency_days,
        now.count_orders,
        now.net_amount,
        now.r_score,
        now.f_score,
        now.m_score,
        now.segment,
        now.segment_rank,
        now.full_price_amount,
        now.first_ordered_at,
        now.second_ordered_at,
        now.last_ordered_on,
        date_trunc('month', now.first_ordered_at)::date as cohort_month,
        case
            when now.count_orders = 1 then 'Single purchase'
            when now.net_amount > 0 and now.full_price_amount / now.net_amount >= 0.8 then 'Brand loyal'
            when now.net_amount <= 0 or now.full_price_amount / now.net_amount < 0.5 then 'Deal seeker'
            else 'Mixed'
        end as price_class,
        previous.segment_prev_month,
        previous.segment_prev_quarter,
        previous.segment_prev_year,
        complaint.service_group as complaint_group,
        complaint.is_retained as is_complaint_retained,
        returned.service_group as return_group,
        returned.is_retained as is_return_retained
    from segmented as now
    left join previous on previous.customer_id = now.customer_id
    left join service as complaint on complaint.customer_id = now.customer_id and complaint.kind = 'complaint'
    left join service as returned on returned.customer_id = now.customer_id and returned.kind = 'return'
    where now.period = 'now'
)

select * from final;

-- The merge rewrites only what changed: rewriting all rows cost more than scoring them (SF1: ~140 ms to delete, insert and
-- commit 88 k rows). Rows that differ (besides the as-of date and recency, which move for everyone) are replaced, ...
create or replace temp table batch_rfm_stale as
select customer_id from (
    select * exclude (as_of_date, recency_days) from mart_customer_rfm
    where (select changed from batch_rfm_changed)
    except
    select * exclude (as_of_date, recency_days) from batch_rfm
);

delete from mart_customer_rfm
where customer_id in (select customer_id from batch_rfm_stale);

insert into mart_customer_rfm by name
select * from batch_rfm
where customer_id not in (select customer_id from mart_customer_rfm);

-- ... and the others get the new as-of date and recency: two columns
update mart_customer_rfm
set as_of_date = new.as_of_date, recency_days = new.recency_days
from batch_rfm as new
where new.customer_id = mart_customer_rfm.customer_id
  and (new.as_of_date <> mart_customer_rfm.as_of_date or new.recency_days <> mart_customer_rfm.recency_days);
