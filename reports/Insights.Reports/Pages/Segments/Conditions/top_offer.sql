-- The top next-best offer's category is one of $values (a customer without offers has none).
insert into segment_hits
select $group_number, c.customer_id
from mart_segment_customer as c
where coalesce(list_contains($values, c.top_offer), false);
