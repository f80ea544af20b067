-- fct_contact, Hive-partitioned by the month the contact was made (month=YYYY-MM/), under the folder $folder
copy (
    select *, strftime(contacted_at, '%Y-%m') as month
    from fct_contact
) to $folder (format parquet, compression zstd, partition_by (month))
