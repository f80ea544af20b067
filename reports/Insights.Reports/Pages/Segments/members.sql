-- the members of a segment, with their net spend: the conditions placeholder below as in preview.sql (c the segment mart,
-- which carries the model figures too)
select c.customer_id, c.net_amount
from mart_segment_customer as c
where {conditions}
