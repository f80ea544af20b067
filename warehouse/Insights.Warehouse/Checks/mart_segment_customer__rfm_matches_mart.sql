-- relationships: the RFM columns and spend are mart_customer_rfm's (null and zero for a customer without a completed order)
select segments.customer_id
from mart_segment_customer as segments
left join mart_customer_rfm as rfm on rfm.customer_id = segments.customer_id
where segments.segment is distinct from rfm.segment
   or segments.r_score is distinct from rfm.r_score
   or segments.count_orders <> coalesce(rfm.count_orders, 0)
   or segments.net_amount <> coalesce(rfm.net_amount, 0)
