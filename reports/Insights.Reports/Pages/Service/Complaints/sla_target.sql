-- one target of sla_targets.sql
insert into sla_targets values (lower(trim($severity::varchar)), $target_hours::double);
