-- one row per customer (business id, across type-2 versions) and day with a completed order line
-- recomputed for the customers and days of this run's orders, as they were before the rebuild and are after it
-- (the batch step's batch_order_days): a status change can add or remove a purchase day, and no other day moves.
-- A full build takes every day (batch_order_days is empty then).
-- inputs: fct_order_line, dim_customer, batch_order_days
create or replace temp table batch_purchase_days as
select distinct customer_id, ordered_on from batch_order_days;

delete from mart_customer_purchase_day as days
using batch_purchase_days as batch
where batch.customer_id = days.customer_id and batch.ordered_on = days.purchase_on;

insert into mart_customer_purchase_day by name
with customers as (
    select customer_key, customer_id from dim_customer
    where $full or customer_id in (select customer_id from batch_purchase_days)
),

lines as (
    select customers.customer_id, purchase_on(lines.ordered_at) as purchase_on, lines.net_amount
    from fct_order_line as lines
    join customers on customers.customer_key = lines.customer_key
    where lines.order_status = 'completed'
),

final as (
    select
        -- ids
        lines.customer_id,
        -- dates
        lines.purchase_on,
        -- numerics
        count(*) as count_lines,
        sum(lines.net_amount)::decimal(18, 2) as net_amount
    from lines
    left join batch_purchase_days as batch on batch.customer_id = lines.customer_id and batch.ordered_on = lines.purchase_on
    where $full or batch.customer_id is not null
    group by lines.customer_id, lines.purchase_on
)

select * from final;
