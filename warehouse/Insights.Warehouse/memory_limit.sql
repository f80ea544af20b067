-- DuckDB's memory limit in force now, as DuckDB writes it (e.g. 858.3 MiB)
select current_setting('memory_limit');
