-- writes the appended rows to a Parquet file by DuckDB's own writer; the file placeholder in braces below becomes a quoted path
-- the export chose itself (a new file in the temporary folder, never user input: COPY takes no parameter for it)
copy (
    select *
    from segment_export_rows
    order by customer_id
) to {file} (format parquet);

drop table segment_export_rows;
