-- relationships: every pair row of this run's months (a --full run checks all) names two categories of dim_product, and
-- counts no more orders than its day's row of every order
with days as (
    select ordered_on, count_orders from mart_opportunity_category_day
    where category_a is null and date_trunc('month', ordered_on)::date in (select month_start from batch_months)
)

select pairs.ordered_on, pairs.category_a, pairs.category_b
from mart_opportunity_category_day as pairs
left join days on days.ordered_on = pairs.ordered_on
where pairs.category_a is not null
  and date_trunc('month', pairs.ordered_on)::date in (select month_start from batch_months)
  and (pairs.category_a not in (select category from dim_product)
       or pairs.category_b not in (select category from dim_product)
       or days.ordered_on is null or pairs.count_orders > days.count_orders)
