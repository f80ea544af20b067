-- one row per calendar month with completed sales; recomputed for the months this run's orders sat in, before or after
delete from mart_revenue_by_month
where month_start in (select month_start from batch_months);

insert into mart_revenue_by_month by name
with lines as (
    select * from fct_order_line
    where order_status = 'completed'
      and date_trunc('month', ordered_at)::date in (select month_start from batch_months)
),

final as (
    select
        date_trunc('month', lines.ordered_at)::date as month_start,
        count(distinct lines.order_id) as count_orders,
        count(distinct lines.customer_key) as count_customers,
        sum(lines.net_amount)::decimal(18, 2) as net_amount
    from lines
    group by 1
)

select * from final;
