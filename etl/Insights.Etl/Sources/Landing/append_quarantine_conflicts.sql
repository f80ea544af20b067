-- Quarantines every row of a key and version that was landed with different contents; returns how many
insert into quarantine_row (run_id, source, source_file, row_ref, raw_content, reason, quarantined_at)
select
    $run_id, $source, landed._source_file,
    '{key_label} ' || concat_ws('/', {key_values}),
    to_json(struct_pack(*columns(landed.* exclude (_source_file, _version, _content_hash))))::varchar,
    'duplicate key: ' || count(*) over (partition by {key_qualified}, landed._version)
        || ' different rows for {key_label} ' || concat_ws('/', {key_values}) || ' in the same load; none was loaded',
    $now
from landed
semi join (select * from landed_repeats where not is_identical) using ({key}, _version);
