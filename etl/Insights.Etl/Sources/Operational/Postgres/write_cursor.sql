-- advances a table's cursor to the newest timestamp landed so far (never backwards); {column} and {raw} are ours
insert or replace into etl_cursor (source, table_name, high_water_at, run_id)
select $source, $table, max({column}), $run_id
from {raw}
having max({column}) is not null
