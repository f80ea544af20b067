-- DuckDB's memory limit for the whole instance (every connection): raised while a load runs, set back after it
set global memory_limit = $limit;
