-- no overlap: a customer's stretches never share a month (islands are apart and versions follow each other), so the channels
-- view counts an active customer once a month (checked for this run's customers; a --full run checks all)
select a.customer_id, a.start_month, a.end_month
from mart_customer_active_span as a
join mart_customer_active_span as b
    on b.customer_id = a.customer_id
   and (b.start_month, b.end_month) <> (a.start_month, a.end_month)
   and b.start_month <= a.end_month and a.start_month <= b.end_month
where a.customer_id in (select customer_id from batch_order_days union select customer_id from batch_customers)
