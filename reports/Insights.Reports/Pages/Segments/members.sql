-- the members of a segment, with their net spend: the conditions placeholder below as in preview.sql
select c.customer_id, c.net_amount
from mart_segment_customer as c
where {conditions}
