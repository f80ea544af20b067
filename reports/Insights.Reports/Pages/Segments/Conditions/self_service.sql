-- Self-service use ($kind): ever, never, on or after $since (within), or not since $since or never (not_within; $since is
-- null for ever and never).
insert into segment_hits
select $group_number, c.customer_id
from mart_segment_customer as c
where case $kind
    when 'ever' then c.last_self_service_at is not null
    when 'never' then c.last_self_service_at is null
    when 'within' then c.last_self_service_at >= $since
    when 'not_within' then coalesce(c.last_self_service_at < $since, true)
end
  -- only the customers in every earlier group (segment_hits.sql): group 1 reads everyone
  and ($group_number = 1 or c.customer_id in (
      select earlier.customer_id from segment_hits as earlier where earlier.group_number = $group_number - 1
  ));
