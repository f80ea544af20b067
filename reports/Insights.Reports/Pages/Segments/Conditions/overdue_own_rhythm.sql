-- Overdue in their own rhythm (the after-load scores step's flag; a customer without a score is not overdue).
insert into segment_hits
select $group_number, c.customer_id
from mart_segment_customer as c
where coalesce(c.is_overdue, false);
