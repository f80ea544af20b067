-- Appends to the raw table the landed rows that are new: one copy of identical rows, none of conflicting ones, and none that
-- equal their key's latest landed version; returns how many
insert into {raw} by name
with singles as (
    select * from landed
    anti join landed_repeats using ({key}, _version)
),

first_copies as (
    select * from landed
    semi join (select * from landed_repeats where is_identical) using ({key}, _version)
    qualify row_number() over (partition by {key}, _content_hash order by _source_file) = 1
),

candidates as (
    select * from singles
    union all
    select * from first_copies
),

latest_raw as (
    select {key}, hash(*COLUMNS(* exclude (_source_file, _run_id))) as _content_hash
    from {raw}
    semi join (select distinct {key} from landed) using ({key})
    qualify row_number() over (partition by {key} order by {raw_version} desc nulls last, _run_id desc) = 1
),

new_rows as (
    select * from candidates
    anti join latest_raw using ({key}, _content_hash)
)

select * exclude (_version, _content_hash), $run_id as _run_id
from new_rows;
