-- unique: one row per scoring date (period) and customer (checked for the customers of this run's orders; a --full run checks
-- all), and every row of a period scored on the same date
select period, customer_id, count(*) as copies
from mart_customer_order_totals
where customer_id in (select customer_id from batch_order_days)
   or customer_id in (select customer_id from mart_customer_order where order_id in (select order_id from batch_mart_orders))
group by period, customer_id
having count(*) > 1
union all
select period, null, count(distinct scored_on)
from mart_customer_order_totals
group by period
having count(distinct scored_on) > 1
