-- one row per customer (business id) with a completed order, scored as of the day after the latest completed order, with the
-- loyalty report's per-customer figures for its default view (no filters). Quintiles are global (one customer's new order can
-- move everyone's scores) and recency moves with the as-of date, so the scores are recomputed for everyone, but from the
-- per-customer totals mart_customer_order_totals keeps (a row per customer and date, not the orders). Every load that changes
-- one of its inputs rebuilds it (the model graph decides: complaints and returns move the service groups). The definitions are
-- the loyalty report's (reports/Insights.Reports/Pages/Loyalty/loyalty_base.sql, window 90 days, quick = 48 hours); a test
-- keeps the two equal.
-- inputs: mart_customer_order_totals, mart_customer_order, fct_complaint, fct_return, dim_customer, ref_rfm_segment

-- one row per completed order (mart_customer_order, already current for this run)
create or replace temp view batch_loyalty_orders as
select customer_id, order_id, ordered_at, net_amount, full_price_amount
from mart_customer_order;

-- The scoring runs in three statements (segments at the earlier dates, complaint and return service, then the rows), each
-- with only the columns it needs: as one statement over whole rows it ran an SF10 load out of memory.

-- the as-of date: the 'now' scoring date of mart_customer_order_totals, just brought up to date (null before any order)
create or replace temp table batch_rfm_as_of as
select max(scored_on) as as_of
from mart_customer_order_totals
where period = 'now';

-- segments a month, a quarter and a year before the as-of date: R and F only, which are all a segment needs
create or replace temp table batch_rfm_previous as
with scored_before as (
    select
        period,
        customer_id,
        ntile(5) over (partition by period order by last_ordered_on asc, customer_id asc)::integer as r_score,
        ntile(5) over (partition by period order by count_orders asc, customer_id asc)::integer as f_score
    from mart_customer_order_totals
    where period <> 'now' and exists (select 1 from batch_rfm_as_of)
)

select
    scored_before.customer_id,
    any_value(map.segment) filter (where scored_before.period = 'month') as segment_prev_month,
    any_value(map.segment) filter (where scored_before.period = 'quarter') as segment_prev_quarter,
    any_value(map.segment) filter (where scored_before.period = 'year') as segment_prev_year
from scored_before
join ref_rfm_segment as map on map.r_score = scored_before.r_score and map.f_score = scored_before.f_score
group by scored_before.customer_id;

-- each customer's service group and retention, for complaints and for returns
create or replace temp table batch_rfm_service as
with now_totals as (
    select totals.customer_id, totals.first_ordered_at, totals.last_ordered_on, batch_rfm_as_of.as_of
    from mart_customer_order_totals as totals
    cross join batch_rfm_as_of
    where totals.period = 'now'
),

events as (
    select customers.customer_id, 'complaint' as kind, complaints.opened_at as event_at,
        case
            when complaints.resolved_at is null or complaints.resolved_at >= batch_rfm_as_of.as_of then 'Unresolved'
            when complaints.hours_to_resolve <= 48 then 'Resolved quickly'
            else 'Resolved slowly'
        end as service_group
    from fct_complaint as complaints
    join dim_customer as customers on customers.customer_key = complaints.customer_key
    cross join batch_rfm_as_of
    where complaints.opened_at < batch_rfm_as_of.as_of - to_days(90)
    qualify row_number() over (partition by customers.customer_id order by complaints.opened_at, complaints.complaint_id) = 1
    union all
    select customers.customer_id, 'return', returns.returned_at, 'Returned'
    from fct_return as returns
    join dim_customer as customers on customers.customer_key = returns.customer_key
    cross join batch_rfm_as_of
    where returns.returned_at < batch_rfm_as_of.as_of - to_days(90)
    qualify row_number() over (partition by customers.customer_id order by returns.returned_at, returns.return_id) = 1
),

-- retained after an event: an order within the 90 days after it. A join probed by the orders, so only the events (hundreds of
-- thousands at SF10) are held in memory, not the orders
retained_after_event as (
    select events.customer_id, events.kind
    from events
    semi join batch_loyalty_orders as o
      on o.customer_id = events.customer_id and o.ordered_at > events.event_at and o.ordered_at <= events.event_at + to_days(90)
),

-- without an event (and with a first order before the window): retained when the last order is in the last 90 days
service as (
    select
        now.customer_id,
        kinds.kind,
        coalesce(events.service_group, kinds.baseline_group) as service_group,
        case when events.customer_id is not null
            then retained.customer_id is not null
            else now.last_ordered_on >= now.as_of - to_days(90)
        end as is_retained
    from now_totals as now
    cross join (values ('complaint', 'No complaint'), ('return', 'No return')) as kinds(kind, baseline_group)
    left join events on events.kind = kinds.kind and events.customer_id = now.customer_id
    left join retained_after_event as retained on retained.kind = kinds.kind and retained.customer_id = now.customer_id
    where (events.customer_id is not null or now.first_ordered_at < now.as_of - to_days(90))
)

select
    customer_id,
    any_value(service_group) filter (where kind = 'complaint') as complaint_group,
    any_value(is_retained) filter (where kind = 'complaint') as is_complaint_retained,
    any_value(service_group) filter (where kind = 'return') as return_group,
    any_value(is_retained) filter (where kind = 'return') as is_return_retained
from service
group by customer_id;

-- the new rows, in the mart's own columns and types, merged below
create or replace temp table batch_rfm as
select * from mart_customer_rfm limit 0;

insert into batch_rfm by name
with now_totals as (
    select totals.*, batch_rfm_as_of.as_of
    from mart_customer_order_totals as totals
    cross join batch_rfm_as_of
    where totals.period = 'now'
),

-- quintiles over the columns they order by only
scores as (
    select
        customer_id,
        ntile(5) over (order by last_ordered_on asc, customer_id asc)::integer as r_score,
        ntile(5) over (order by count_orders asc, customer_id asc)::integer as f_score,
        ntile(5) over (order by net_amount asc, customer_id asc)::integer as m_score
    from now_totals
),

final as (
    select
        now.customer_id,
        now.as_of as as_of_date,
        (now.as_of - now.last_ordered_on)::integer as recency_days,
        now.count_orders,
        now.net_amount,
        scores.r_score,
        scores.f_score,
        scores.m_score,
        map.segment,
        map.segment_rank,
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
        service.complaint_group,
        service.is_complaint_retained,
        service.return_group,
        service.is_return_retained
    from now_totals as now
    join scores using (customer_id)
    join ref_rfm_segment as map on map.r_score = scores.r_score and map.f_score = scores.f_score
    left join batch_rfm_previous as previous on previous.customer_id = now.customer_id
    left join batch_rfm_service as service on service.customer_id = now.customer_id
)

select * from final;

-- The merge rewrites only what changed: rewriting all rows cost more than scoring them (SF1: ~140 ms to delete, insert and
-- commit 88 k rows). Rows that differ (besides the as-of date and recency, which move for everyone) are replaced, ...
create or replace temp table batch_rfm_stale as
select customer_id from (
    select * exclude (as_of_date, recency_days) from mart_customer_rfm
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

-- the scoring's temporary tables hold a row per customer: give their memory back to the models after this one
drop table batch_rfm_previous;
drop table batch_rfm_service;
drop table batch_rfm;
drop table batch_rfm_stale;
