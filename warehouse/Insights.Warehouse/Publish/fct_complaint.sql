-- fct_complaint, Hive-partitioned by the month the complaint was opened (month=YYYY-MM/), under the folder $folder
copy (
    select *, strftime(opened_at, '%Y-%m') as month
    from fct_complaint
) to $folder (format parquet, compression zstd, partition_by (month))
