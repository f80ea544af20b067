-- one row per customer and category the customer bought on two or more days, and whose time since the last purchase day of the
-- category (to $calibration_end) is at least $factor × the category's median replenishment cycle: the category win-back list
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

cycles as (
    select category, median(gap_days)::double as median_cycle_days
    from gaps
    where gap_days is not null
    group by category
),

buyers as (
    select customer_id, category, count(*) as count_purchase_days, max(purchase_on) as last_purchase_on
    from category_days
    group by customer_id, category
    having count(*) >= 2
),

final as (
    select
        buyers.customer_id,
        buyers.category,
        buyers.count_purchase_days,
        cycles.median_cycle_days,
        date_diff('day', buyers.last_purchase_on, $calibration_end::date) as days_since_last,
        date_diff('day', buyers.last_purchase_on, $calibration_end::date) / cycles.median_cycle_days as overdue_ratio,
        buyers.last_purchase_on
    from buyers
    join cycles on cycles.category = buyers.category
    where cycles.median_cycle_days > 0
      and date_diff('day', buyers.last_purchase_on, $calibration_end::date) >= $factor * cycles.median_cycle_days
)

select * from final
order by overdue_ratio desc, customer_id, category;
