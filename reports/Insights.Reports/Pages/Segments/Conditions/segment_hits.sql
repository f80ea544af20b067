-- The customers each group of a segment keeps, one row per (group, condition, customer): every condition's file inserts its
-- matches here with its group's number, reading only the customers of the group before (group 1: everyone), so group N holds
-- the customers in groups 1 to N and the last group the members (members.sql, preview.sql). Narrowing group by group keeps the
-- rows written few: writing every condition's matches (a broad one: most customers) made previews 4-8 times slower. A
-- temporary table of this connection only, emptied for each segment.
create or replace temp table segment_hits (
    group_number    integer not null,
    customer_id     integer not null
);
