-- writes the appended rows to a Parquet file by DuckDB's own writer, at $file: a path the export chose itself (a new file in
-- the temporary folder, never user input)
copy (
    select *
    from segment_export_rows
    order by customer_id
) to $file (format parquet);

drop table segment_export_rows;
