-- one row per product category: the replenishment cycle, i.e. the days between consecutive purchase days of that category
-- by the same customer (purchases on or before $calibration_end), with its quartiles
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
        count(gap_days) as count_gaps,
        avg(gap_days)::double as mean_gap_days,
        quantile_cont(gap_days, 0.25)::double as p25_gap_days,
        median(gap_days)::double as median_gap_days,
        quantile_cont(gap_days, 0.75)::double as p75_gap_days
    from gaps
    group by category
)

select * from final
where count_gaps > 0
order by category;
