-- The customers each condition of a segment selects, one row per (group, customer): every condition's file inserts its
-- matches here with its group's number, and a customer is a member when they are in every group (members.sql). A temporary
-- table of this connection only, emptied for each segment.
create or replace temp table segment_hits (
    group_number    integer not null,
    customer_id     integer not null
);
