-- DuckDB, in the worker's own in-memory database: one partition's rows, exported by PostgreSQL as CSV to $path, typed by the
-- table's column list (<columns>, from <table>_columns.sql) and written as one Parquet file to <target> (a temporary name
-- the worker renames when complete; a path of ours, quoted). The CSV dialect is PostgreSQL's, as land_exported_csv.sql reads it.
copy (
    select *
    from read_csv($path, header = false, auto_detect = false, delim = ',', quote = '"', escape = '"', allow_quoted_nulls = false,
        columns = {columns})
) to {target} (format parquet, compression zstd)
