-- one row: the sum of every money column (*_amount) of $table, for a reader without DuckDB's hash to check a publication by
select sum(columns('_amount$'))
from query_table($table)
