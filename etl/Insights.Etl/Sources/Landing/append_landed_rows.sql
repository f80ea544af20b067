-- Appends a landing table's rows to its raw table, once: identical rows are skipped (within the batch and against the key's
-- latest landed version), so a rerun appends nothing; rows of one key and version that disagree are quarantined, all of them,
-- since nobody can tell which is right. Placeholders are identifiers from LandingTables, never input.

create or replace temp table landed as
select *, {version} as _version, hash(*COLUMNS(* exclude (_source_file))) as _content_hash
from {landing};

create or replace temp table landed_conflicts as
select {key}, _version
from landed
group by {key}, _version
having count(distinct _content_hash) > 1;

insert into quarantine_row (run_id, source, source_file, row_ref, raw_content, reason, quarantined_at)
select
    $run_id, $source, landed._source_file,
    '{key_label} ' || concat_ws('/', {key_values}),
    to_json(struct_pack(*columns(landed.* exclude (_source_file, _version, _content_hash))))::varchar,
    'duplicate key: ' || count(*) over (partition by {key_qualified}, landed._version)
        || ' different rows for {key_label} ' || concat_ws('/', {key_values}) || ' in the same load; none was loaded',
    $now
from landed
semi join landed_conflicts using ({key}, _version);

create or replace temp table landed_new as
with candidates as (
    select * from landed
    anti join landed_conflicts using ({key}, _version)
    qualify row_number() over (partition by {key}, _content_hash order by _source_file) = 1
),

latest_raw as (
    select {key}, hash(*COLUMNS(* exclude (_source_file, _run_id))) as _content_hash
    from {raw}
    semi join (select distinct {key} from candidates) using ({key})
    qualify row_number() over (partition by {key} order by {raw_version} desc nulls last, _run_id desc) = 1
)

select * from candidates
anti join latest_raw using ({key}, _content_hash);

insert into {raw} by name
select * exclude (_version, _content_hash), $run_id as _run_id
from landed_new;
