-- records what run $run_id changed (in its own load transaction): $changed_relations, the lasting relations its build changed,
-- comma-separated ('': nothing; null: a full rebuild, anything may have changed)
insert into etl_run_change (run_id, changed_relations)
values ($run_id, case when $changed_relations = '' then []::varchar[] else string_split($changed_relations, ',') end)
