-- the columns of a landing table and their types, in order, without the trailing _source_file the landing fills itself
select column_name, data_type
from duckdb_columns()
where table_name = $table and column_name <> '_source_file'
order by column_index
