-- one row per severity with a resolution target (Service:Sla), in hours: filled by the query, one insert per target, before
-- complaints_in_view.sql reads it (a temp table: it lives as long as the view's connection)
create or replace temp table sla_targets (severity varchar not null, target_hours double not null);
