-- relationships: every scored customer is one mart_customer_order_totals scores now, in a segment of the score map
select rfm.customer_id, rfm.r_score, rfm.f_score, rfm.segment
from mart_customer_rfm as rfm
left join ref_rfm_segment as map on map.r_score = rfm.r_score and map.f_score = rfm.f_score
where map.segment is distinct from rfm.segment
   or rfm.customer_id not in (select customer_id from mart_customer_order_totals where period = 'now')
