-- relationships: every row of this run's months (a --full run checks all) is of a product dim_product knows, under a segment
-- of the score map or none (a customer without a score)
select days.sold_on, days.region, days.product_key, days.segment
from mart_sale_segment_day as days
where date_trunc('month', days.sold_on)::date in (select month_start from batch_months)
  and (days.product_key not in (select product_key from dim_product)
       or days.segment not in (select segment from ref_rfm_segment))
