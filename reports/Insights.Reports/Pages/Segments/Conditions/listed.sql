-- Any of $values ($is_any true) or none of them ($is_any false) among a customer's short list of a field ($field): the
-- channels they ordered through, the categories they bought, the categories they are overdue in, their top 3 offers. The
-- mart keeps each list as one text with every item closed by chr(31) on both sides (chr(31) alone: none), never null.
insert into segment_hits
select $group_number, c.customer_id
from mart_segment_customer as c
where list_has_any(string_split(case $field
        when 'order_channel' then c.order_channels
        when 'category' then c.categories
        when 'overdue' then c.overdue_categories
        when 'next_best_offer' then c.top3_offers
    end, chr(31)), $values) = $is_any
  -- only the customers in every earlier group (segment_hits.sql): group 1 reads everyone
  and ($group_number = 1 or c.customer_id in (
      select earlier.customer_id from segment_hits as earlier where earlier.group_number = $group_number - 1
  ));
