-- unique: one row per day and category pair, and one per day with both categories null (checked for the months of this
-- run's orders; a --full run checks all)
select ordered_on, category_a, category_b, count(*) as copies
from mart_opportunity_category_day
where date_trunc('month', ordered_on)::date in (select month_start from batch_months)
group by ordered_on, category_a, category_b
having count(*) > 1 or bool_or((category_a is null) <> (category_b is null)) or bool_or(category_a >= category_b)
