-- an empty landing table shaped like its raw table (minus the run that will land it)
create or replace temp table {landing} as
select * exclude (_run_id, _source_file), null::varchar as _source_file
from {raw}
limit 0
