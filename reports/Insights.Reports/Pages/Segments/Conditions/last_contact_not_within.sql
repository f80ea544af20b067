-- Not contacted since $since, or never.
insert into segment_hits
select $group_number, c.customer_id
from mart_segment_customer as c
where coalesce(c.last_contacted_at < $since, true);
