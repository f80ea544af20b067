-- the members of a saved segment at its latest evaluation (app_segment_member: kept by the re-evaluation after every load and
-- by a save), as a member source of the export: into export_members (export_members.sql), one row per customer id
insert into export_members
select customer_id
from app_segment_member
where segment_id = $source_segment_id;
