-- fct_return, Hive-partitioned by the month the return was received (month=YYYY-MM/), under the folder $folder
copy (
    select *, strftime(returned_at, '%Y-%m') as month
    from fct_return
) to $folder (format parquet, compression zstd, partition_by (month))
