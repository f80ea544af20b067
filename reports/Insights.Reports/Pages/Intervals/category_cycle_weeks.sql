-- one row per product category and whole week of replenishment gap (0..25, and 26 = 26 weeks or more): how many times a customer
-- bought the category again that many weeks after their previous purchase day of it (purchases on or before $calibration_end)
with lines as (
    select
        customers.customer_id,
        products.category,
        lines.ordered_at::date as purchase_on
    from fct_order_line as lines
    join dim_customer as customers on customers.customer_key = lines.customer_key
    join dim_product as products on products.product_key = lines.product_key
    where lines.order_status = 'completed'
      and lines.ordered_at < $calibration_end::date + 1
),

category_days as (
    select distinct customer_id, category, purchase_on
    from lines
),

gaps as (
    select
        category,
        date_diff('day', lag(purchase_on) over (partition by customer_id, category order by purchase_on), purchase_on) as gap_days
    from category_days
),

final as (
    select
        category,
        least(gap_days // 7, 26)::integer as gap_weeks,
        count(*) as count_gaps
    from gaps
    where gap_days is not null
    group by all
)

select * from final
order by category, gap_weeks;
