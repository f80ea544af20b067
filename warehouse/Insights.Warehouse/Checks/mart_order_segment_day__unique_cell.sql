-- unique: one row per day, channel, region, segment and category (per_category false: one row with a null category), and no
-- row left with no order; checked for the months of this run's orders (a --full run checks all)
select ordered_on, channel_code, region, segment, per_category, category, count(*) as copies
from mart_order_segment_day
where date_trunc('month', ordered_on)::date in (select month_start from batch_months)
group by ordered_on, channel_code, region, segment, per_category, category
having count(*) > 1 or bool_or(per_category = (category is null)) or bool_or(orders <= 0)
