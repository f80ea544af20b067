-- one row per current RFM segment (mart_customer_rfm, filled by the loyalty report) with its customers
select segment, count(*)::bigint as count_customers
from mart_customer_rfm
group by segment
order by segment
