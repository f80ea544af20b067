-- one row per calendar month with completed sales. Recomputed whole: it aggregates one column of the fact per month, which
-- costs milliseconds even at SF10, and a month can gain or lose orders from any run.
delete from mart_revenue_by_month;

insert into mart_revenue_by_month by name
with lines as (
    select * from fct_order_line where order_status = 'completed'
),

dates as (
    select date_key, month_start from dim_date
),

final as (
    select
        dates.month_start,
        count(distinct lines.order_id) as count_orders,
        count(distinct lines.customer_key) as count_customers,
        sum(lines.net_amount)::decimal(18, 2) as net_amount
    from lines
    join dates on dates.date_key = lines.order_date_key
    group by dates.month_start
)

select * from final;
