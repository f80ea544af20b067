-- one target of sla_targets.sql
insert into sla_targets values (lower(trim($severity)), $target_hours);
