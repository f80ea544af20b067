-- The members of a segment, with what the re-evaluation reads of them: the customers of its last group's hits
-- (segment_hits.sql: each group's conditions read only the customers of the group before, so the last group's hits are the
-- customers in every one of the $count_groups groups); no group: every customer. A temporary table of this connection only.
create or replace temp table segment_members as
select c.customer_id, c.net_amount, c.segment, c.region, c.clv_amount
from mart_segment_customer as c
where $count_groups = 0
   or c.customer_id in (
       select hits.customer_id
       from segment_hits as hits
       where hits.group_number = $count_groups
   );
