-- the customer ids an export lists, one row per member source row (duplicates are fine: the export reads them distinct): a
-- member source's statement (MemberSource) fills it, export_rows.sql and count_members.sql read it; a temporary table of this
-- connection only
create or replace temp table export_members (
    customer_id     integer not null
);
