-- the members of a saved segment at its latest evaluation (app_segment_member: kept by the re-evaluation after every load and
-- by a save), as a member source of the export: one row per customer id
select customer_id
from app_segment_member
where segment_id = $source_segment_id
