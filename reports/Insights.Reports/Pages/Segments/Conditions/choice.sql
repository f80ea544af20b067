-- A choice field (RFM segment, price class, region, sign-up channel; $field names it) is one of $values ($is_in true) or
-- none of them ($is_in false). A customer without a value (no completed order: no RFM segment) is in no list, so "is none of"
-- selects them.
insert into segment_hits
select $group_number, c.customer_id
from mart_segment_customer as c
where coalesce(list_contains($values, case $field
        when 'segment' then c.segment
        when 'price_class' then c.price_class
        when 'region' then c.region
        when 'signup_channel' then c.signup_channel
    end), false) = $is_in
  -- only the customers in every earlier group (segment_hits.sql): group 1 reads everyone
  and ($group_number = 1 or c.customer_id in (
      select earlier.customer_id from segment_hits as earlier where earlier.group_number = $group_number - 1
  ));
