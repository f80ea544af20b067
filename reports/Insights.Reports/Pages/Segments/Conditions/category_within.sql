-- Bought any of the categories $values on or after $since ($is_within true), or none of them since ($is_within false):
-- mart_segment_category keeps each customer's last order day per category.
insert into segment_hits
select $group_number, c.customer_id
from mart_segment_customer as c
where (c.customer_id in (
    select bought.customer_id
    from mart_segment_category as bought
    where list_contains($values, bought.category)
      and bought.last_ordered_on >= $since
)) = $is_within
  -- only the customers in every earlier group (segment_hits.sql): group 1 reads everyone
  and ($group_number = 1 or c.customer_id in (
      select earlier.customer_id from segment_hits as earlier where earlier.group_number = $group_number - 1
  ));
