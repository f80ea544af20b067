-- unique: one row per day of sale, region, product and segment (checked for the months of this run's orders; a --full run
-- checks all)
select sold_on, region, product_key, segment, count(*) as copies
from mart_sale_segment_day
where date_trunc('month', sold_on)::date in (select month_start from batch_months)
group by sold_on, region, product_key, segment
having count(*) > 1
