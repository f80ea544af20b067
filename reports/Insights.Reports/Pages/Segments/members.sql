-- The members of a segment, with what the preview and the re-evaluation read of them: the customers in every one of the
-- segment's $count_groups groups (segment_hits.sql, filled by the conditions' files); no group: every customer. A temporary
-- table of this connection only.
create or replace temp table segment_members as
select c.customer_id, c.net_amount, c.segment, c.region, c.clv_amount
from mart_segment_customer as c
where $count_groups = 0
   or c.customer_id in (
       select hits.customer_id
       from segment_hits as hits
       group by hits.customer_id
       having count(distinct hits.group_number) = $count_groups
   );
