-- 1 when a CSV read on this connection has rejected lines (DuckDB keeps them in the temporary table reject_errors)
select count(*) from duckdb_tables() where table_name = 'reject_errors' and temporary
