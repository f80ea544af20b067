-- one row per customer (business id) with a completed order, scored as of the day after the latest completed order, with the
-- loyalty report's per-customer figures for its default view (no filters). Quintiles are global (one customer's new order can
-- move everyone's scores) and recency moves with the as-of date, so the scores are recomputed for everyone, but from the
-- per-customer totals mart_customer_order_totals keeps (a row per customer and date, not the orders). Every load that changes
-- one of its inputs rebuilds it (the model graph decides: complaints and returns move the service groups). The rules are the
-- macros of migration 0014 (rfm_scores, rfm_customers, loyalty_service_groups), which the loyalty report's live path calls
-- too; MartPathTests and MartFreshnessTests guard the two paths.
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
with previous_totals as (
    select period, scored_on as as_of, customer_id, last_ordered_on, count_orders, net_amount
    from mart_customer_order_totals
    where period <> 'now' and exists (select 1 from batch_rfm_as_of)
),

scored_before as (
    select dates.period, scores.customer_id, scores.segment
    from rfm_scores('previous_totals') as scores
    join (select distinct period, as_of from previous_totals) as dates on dates.as_of = scores.as_of
)

select
    customer_id,
    any_value(segment) filter (where period = 'month') as segment_prev_month,
    any_value(segment) filter (where period = 'quarter') as segment_prev_quarter,
    any_value(segment) filter (where period = 'year') as segment_prev_year
from scored_before
group by customer_id;

-- each customer's service group and retention, for complaints and for returns
create or replace temp table batch_rfm_service as
with now_totals as (
    select customer_id, first_ordered_at, last_ordered_on
    from mart_customer_order_totals
    where period = 'now' and exists (select 1 from batch_rfm_as_of)
),

service as (
    select * from loyalty_service_groups((select as_of from batch_rfm_as_of), 'now_totals', 'batch_loyalty_orders')
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
    select
        batch_rfm_as_of.as_of,
        totals.customer_id,
        totals.count_orders,
        totals.net_amount,
        totals.full_price_amount,
        totals.first_ordered_at,
        totals.second_ordered_at,
        totals.last_ordered_on
    from mart_customer_order_totals as totals
    cross join batch_rfm_as_of
    where totals.period = 'now'
),

final as (
    select
        customers.* exclude (as_of, full_price_share),
        customers.as_of as as_of_date,
        previous.segment_prev_month,
        previous.segment_prev_quarter,
        previous.segment_prev_year,
        service.complaint_group,
        service.is_complaint_retained,
        service.return_group,
        service.is_return_retained
    from rfm_customers('now_totals') as customers
    left join batch_rfm_previous as previous on previous.customer_id = customers.customer_id
    left join batch_rfm_service as service on service.customer_id = customers.customer_id
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
