-- Complaints by count ($kind): any, none, an open one, an unresolved one (open or in progress).
insert into segment_hits
select $group_number, c.customer_id
from mart_segment_customer as c
where case $kind
    when 'any' then c.count_complaints > 0
    when 'none' then c.count_complaints = 0
    when 'open' then c.count_open_complaints > 0
    when 'unresolved' then c.count_unresolved_complaints > 0
end
  -- only the customers in every earlier group (segment_hits.sql): group 1 reads everyone
  and ($group_number = 1 or c.customer_id in (
      select earlier.customer_id from segment_hits as earlier where earlier.group_number = $group_number - 1
  ));
