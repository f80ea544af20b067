-- one row per customer (business id) with a completed order, scored as of the day after the latest completed order.
-- Quintiles are global (one customer's new order can move everyone's scores), and recency moves with the as-of date, so the
-- mart is rebuilt whole, but only when this run touched orders or customers (a complaints-only load costs nothing).
-- The definitions match the loyalty report (reports/.../Pages/Loyalty/loyalty_base.sql) with no filters; a test keeps them equal.
create or replace temp table batch_rfm_changed as
select exists (select 1 from batch_fact_orders) or exists (select 1 from batch_customers) or $full as changed;

delete from mart_customer_rfm
where (select changed from batch_rfm_changed);

insert into mart_customer_rfm by name
with lines as (
    select lines.order_id, lines.ordered_at, customers.customer_id, lines.net_amount
    from fct_order_line as lines
    join dim_customer as customers on customers.customer_key = lines.customer_key
    where lines.order_status = 'completed'
      and (select changed from batch_rfm_changed)
),

as_of as (
    select (max(ordered_at)::date + 1) as as_of_date from lines
),

orders as (
    select customer_id, order_id, min(ordered_at) as ordered_at, sum(net_amount) as net_amount
    from lines
    group by customer_id, order_id
),

per_customer as (
    select
        customer_id,
        count(*) as count_orders,
        sum(net_amount)::decimal(18, 2) as net_amount,
        max(ordered_at)::date as last_ordered_on
    from orders
    group by customer_id
),

scored as (
    select
        per_customer.customer_id,
        as_of.as_of_date,
        (as_of.as_of_date - per_customer.last_ordered_on)::integer as recency_days,
        per_customer.count_orders,
        per_customer.net_amount,
        ntile(5) over (order by per_customer.last_ordered_on asc, per_customer.customer_id asc)::integer as r_score,
        ntile(5) over (order by per_customer.count_orders asc, per_customer.customer_id asc)::integer as f_score,
        ntile(5) over (order by per_customer.net_amount asc, per_customer.customer_id asc)::integer as m_score
    from per_customer
    cross join as_of
),

final as (
    select scored.*, map.segment
    from scored
    join ref_rfm_segment as map on map.r_score = scored.r_score and map.f_score = scored.f_score
)

select * from final;
