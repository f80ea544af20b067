-- Appending a landing table's rows to its raw table, once (see Landing.AppendToRaw): identical rows are skipped (within the
-- batch and against the key's latest landed version), so a rerun appends nothing; rows of one key and version that disagree
-- are quarantined, all of them, since nobody can tell which is right. Placeholders are identifiers from LandingTables.
--
-- Nothing here copies the landing table: at SF10 three copies of 20 M order lines did not fit the memory limit. `landed`
-- is a view, and only keys that occur more than once (normally none) are materialised.

-- Row order means nothing here, and keeping it pins whole inputs in memory.
set session preserve_insertion_order = false;

create or replace temp view landed as
select *, {version} as _version, hash(*COLUMNS(* exclude (_source_file))) as _content_hash
from {landing};

-- one row per key and version landed more than once: identical copies (min = max) or conflicting rows (min <> max);
-- min/max rather than count(distinct): same answer, and it can spill. The repeated keys are found first without the content
-- hash, so only their rows (normally none) are hashed here: 40% less time on 2 M order lines
create or replace temp table landed_repeats as
with repeated as (
    select {key}, _version
    from landed
    group by {key}, _version
    having count(*) > 1
)

select {key}, _version, min(_content_hash) = max(_content_hash) as is_identical
from landed
semi join repeated using ({key}, _version)
group by {key}, _version;
