-- A complaint resolved in more hours than its severity's target (the service report's SLA rule; a severity without a target,
-- null, never counts): the mart keeps each customer's slowest resolution per severity.
insert into segment_hits
select $group_number, c.customer_id
from mart_segment_customer as c
where (coalesce(c.max_hours_to_resolve_low > $sla_hours_low::double, false)
      or coalesce(c.max_hours_to_resolve_medium > $sla_hours_medium::double, false)
      or coalesce(c.max_hours_to_resolve_high > $sla_hours_high::double, false)
      or coalesce(c.max_hours_to_resolve_critical > $sla_hours_critical::double, false))
  -- only the customers in every earlier group (segment_hits.sql): group 1 reads everyone
  and ($group_number = 1 or c.customer_id in (
      select earlier.customer_id from segment_hits as earlier where earlier.group_number = $group_number - 1
  ));
