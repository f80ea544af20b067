-- relationships: every row of this run's months (a --full run checks all) is of a product dim_product knows
select days.sold_on, days.region, days.product_key
from mart_sale_day as days
where date_trunc('month', days.sold_on)::date in (select month_start from batch_months)
  and days.product_key not in (select product_key from dim_product)
