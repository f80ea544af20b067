-- one row per customer (business id) and scoring date of the loyalty report: 'now' (the as-of date, the day after the latest
-- completed order: every order) and a month, a quarter and a year before it; each row sums the customer's completed orders
-- before that date (mart_customer_order, already current for this run). mart_customer_rfm scores these rows.
-- A customer's rows change only when one of their orders changed, or when a scoring date moved past one of their orders (the
-- as-of date follows the latest order), so only those customers are recomputed: a day's load reads that day's customers'
-- orders, not the whole history. A full build, or a warehouse whose table is still empty, recomputes everyone.
-- inputs: mart_customer_order, batch_order_days

-- the scoring dates now and at the previous build (null: never built). Both come from an as-of date: an earlier date may have
-- had no rows yet (a young warehouse), and its move still matters
create or replace temp table batch_totals_dates as
with latest as (
    select max(ordered_at)::date + 1 as as_of from mart_customer_order
),

previous as (
    select max(scored_on) as as_of from mart_customer_order_totals where period = 'now'
)

select
    periods.period,
    (latest.as_of - to_months(periods.months))::date as scored_on,
    (previous.as_of - to_months(periods.months))::date as previous_scored_on
from latest
cross join previous
cross join (values ('now', 0), ('month', 1), ('quarter', 3), ('year', 12)) as periods(period, months);

-- the customers whose rows can have changed
create or replace temp table batch_totals_customers as
select customer_id from mart_customer_order
where $full or not exists (select 1 from mart_customer_order_totals)
union
-- this run's orders, under the customer they had before the run and the one they have now
select customer_id from batch_order_days
union
-- an order between a scoring date's previous and new value (forwards or backwards) moves across that date
select orders.customer_id
from mart_customer_order as orders
join batch_totals_dates as dates
  on dates.previous_scored_on <> dates.scored_on
 and orders.ordered_at >= least(dates.previous_scored_on, dates.scored_on)
 and orders.ordered_at < greatest(dates.previous_scored_on, dates.scored_on);

delete from mart_customer_order_totals
where $full or customer_id in (select customer_id from batch_totals_customers);

-- the other customers' counts hold at the new dates (no order of theirs lies between old and new): only the date moves
update mart_customer_order_totals
set scored_on = dates.scored_on
from batch_totals_dates as dates
where dates.period = mart_customer_order_totals.period and dates.scored_on <> mart_customer_order_totals.scored_on;

insert into mart_customer_order_totals by name
with orders as (
    select customer_id, order_id, ordered_at, net_amount, full_price_amount
    from mart_customer_order
    where customer_id in (select customer_id from batch_totals_customers)
),

-- the first order of the second purchase day (several orders on one day are one purchase: macro from migration 0014)
second_orders as (
    select * from second_purchases('orders')
),

-- a join and a group by, which spill to disk: one pass of filtered aggregates per customer ran an SF10 load out of memory
totals as (
    select
        dates.period,
        dates.scored_on,
        orders.customer_id,
        count(*) as count_orders,
        sum(orders.net_amount)::decimal(18, 2) as net_amount,
        sum(orders.full_price_amount)::decimal(18, 2) as full_price_amount,
        min(orders.ordered_at) as first_ordered_at,
        max(orders.ordered_at)::date as last_ordered_on
    from orders
    join batch_totals_dates as dates on orders.ordered_at < dates.scored_on
    group by all
)

select totals.*, case when totals.period = 'now' then second_orders.second_ordered_at end as second_ordered_at
from totals
left join second_orders on second_orders.customer_id = totals.customer_id;
