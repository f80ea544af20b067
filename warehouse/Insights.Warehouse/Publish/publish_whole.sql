-- a dimension, a mart or a state table, whole, as one Parquet file $file
copy (from query_table($table)) to $file (format parquet, compression zstd)
