-- Overdue in their own rhythm (the after-load scores step's flag; a customer without a score is not overdue).
insert into segment_hits
select $group_number, c.customer_id
from mart_segment_customer as c
where coalesce(c.is_overdue, false)
  -- only the customers in every earlier group (segment_hits.sql): group 1 reads everyone
  and ($group_number = 1 or c.customer_id in (
      select earlier.customer_id from segment_hits as earlier where earlier.group_number = $group_number - 1
  ));
