-- relationships: every row of this run's months (a --full run checks all) names a channel of dim_channel (or none, as the
-- order did) and, per category, a category of dim_product
select days.ordered_on, days.channel_code, days.category
from mart_order_day as days
where date_trunc('month', days.ordered_on)::date in (select month_start from batch_months)
  and (days.channel_code not in (select channel_code from dim_channel)
       or days.category not in (select category from dim_product))
