-- relationships: every customer's orders are counted under their current RFM segment: the segments mart_order_segment_day's
-- bookkeeping (mart_order_segment_customer) records are mart_customer_rfm's, customer for customer
select coalesce(counted.customer_id, scored.customer_id) as customer_id, counted.segment as counted_segment,
       scored.segment as current_segment
from mart_order_segment_customer as counted
full join mart_customer_rfm as scored on scored.customer_id = counted.customer_id
where counted.segment is distinct from scored.segment
