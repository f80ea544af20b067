-- DuckDB: the rows of a Parquet batch (from its footer)
select count(*) from read_parquet($path)
