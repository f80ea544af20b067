-- the column types of a landing table, in order, without the trailing _source_file the copy fills itself
select data_type from duckdb_columns() where table_name = $table and column_name <> '_source_file' order by column_index
