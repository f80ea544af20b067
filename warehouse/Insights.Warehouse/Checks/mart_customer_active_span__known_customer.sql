-- relationships: every stretch of a checked customer (this run's; a --full run checks all) belongs to a customer dim_customer
-- knows and starts in a month with a completed order of theirs or within the 12 months after one
select spans.customer_id, spans.start_month
from mart_customer_active_span as spans
where spans.customer_id in (select customer_id from batch_order_days union select customer_id from batch_customers)
  and (spans.customer_id not in (select customer_id from dim_customer)
       or not exists (
           select 1 from mart_customer_order as o
           where o.customer_id = spans.customer_id
             and date_trunc('month', o.ordered_at)::date between spans.start_month - interval 12 month and spans.start_month))
