-- one row per customer and category the customer bought on two or more days, and whose time since the last purchase day of the
-- category (to $calibration_end) is at least $factor × the category's median replenishment cycle: the category win-back list
-- (after category_gaps.sql)
select
    buyers.customer_id,
    buyers.category,
    buyers.count_purchase_days,
    cycles.median_cycle_days,
    date_diff('day', buyers.last_purchase_on, $calibration_end::date) as days_since_last,
    date_diff('day', buyers.last_purchase_on, $calibration_end::date) / cycles.median_cycle_days as overdue_ratio,
    buyers.last_purchase_on
from (
    select customer_id, category, count(*) as count_purchase_days, max(purchase_on) as last_purchase_on
    from category_days
    group by customer_id, category
    having count(*) >= 2
) as buyers
join (
    select category, median(gap_days)::double as median_cycle_days
    from gaps
    where gap_days is not null
    group by category
) as cycles on cycles.category = buyers.category
where cycles.median_cycle_days > 0
  and date_diff('day', buyers.last_purchase_on, $calibration_end::date) >= $factor * cycles.median_cycle_days
order by overdue_ratio desc, customer_id, category;
