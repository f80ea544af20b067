-- one row per customer (business id, across type-2 versions) and day with a completed order line
-- recomputed for every customer with an order in this run's batch (a status change can add or remove a purchase day)
create or replace temp table batch_purchase_customers as
select distinct customers.customer_id
from fct_order_line as lines
join dim_customer as customers on customers.customer_key = lines.customer_key
where lines.order_id in (select order_id from batch_fact_orders);

delete from mart_customer_purchase_day
where customer_id in (select customer_id from batch_purchase_customers);

insert into mart_customer_purchase_day by name
with customers as (
    select customer_key, customer_id from dim_customer
    where customer_id in (select customer_id from batch_purchase_customers)
),

lines as (
    select customers.customer_id, lines.ordered_at, lines.net_amount
    from fct_order_line as lines
    join customers on customers.customer_key = lines.customer_key
    where lines.order_status = 'completed'
),

final as (
    select
        -- ids
        customer_id,
        -- dates
        ordered_at::date as purchase_on,
        -- numerics
        count(*) as count_lines,
        sum(net_amount)::decimal(18, 2) as net_amount
    from lines
    group by customer_id, ordered_at::date
)

select * from final;
