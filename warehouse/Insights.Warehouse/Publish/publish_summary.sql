-- one row: the row count of $table and a checksum of its rows (the sum of DuckDB's hash of each row: independent of row order,
-- and equal for the same rows read back from the Parquet files with the manifest's types; specific to DuckDB's hash)
select
    count(*)::bigint as row_count,
    coalesce(sum(hash(t)), 0)::varchar as checksum
from query_table($table) as t
