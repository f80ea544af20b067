-- one row per calendar month with completed sales
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

select * from final
