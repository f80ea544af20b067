-- fct_order_line, Hive-partitioned by the month the order was placed (month=YYYY-MM/), under the folder $folder
copy (
    select *, strftime(ordered_at, '%Y-%m') as month
    from fct_order_line
) to $folder (format parquet, compression zstd, partition_by (month))
