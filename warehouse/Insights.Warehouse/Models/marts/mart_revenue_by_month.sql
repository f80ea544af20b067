-- one row per calendar month with completed sales; recomputed for the months this run's orders sat in, before or after.
-- Read from mart_customer_order (one row per completed order, built just before), not the order lines: a third of the rows,
-- and customers are counted by their business id, so one who moved region within a month counts once.
-- inputs: mart_customer_order, batch_months
delete from mart_revenue_by_month
where month_start in (select month_start from batch_months);

insert into mart_revenue_by_month by name
with orders as (
    select * from mart_customer_order
    where date_trunc('month', ordered_at)::date in (select month_start from batch_months)
),

final as (
    select
        date_trunc('month', orders.ordered_at)::date as month_start,
        count(*) as count_orders,                          -- one row per order: no distinct needed (nor its memory)
        count(distinct orders.customer_id) as count_customers,
        sum(orders.net_amount)::decimal(18, 2) as net_amount
    from orders
    group by 1
)

select * from final;
