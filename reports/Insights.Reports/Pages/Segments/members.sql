-- the members of a segment, with their net spend: the conditions placeholder below as in preview.sql (c the segment mart, s the
-- model figures joined by key)
select c.customer_id, c.net_amount
from mart_segment_customer as c
left join mart_customer_score as s on s.customer_id = c.customer_id
where {conditions}
