-- the rows of a Parquet export, appended as they are read (already as the reader may see them), then copied to the file by
-- DuckDB; a temporary table of this connection only
create or replace temp table segment_export_rows (
    customer_id             integer not null,
    preferred_name          varchar,
    full_name               varchar,
    email                   varchar,
    region                  varchar,
    segment                 varchar not null,
    offer_category          varchar,
    offer_reason            varchar,
    offer_expected_revenue  decimal(18, 2)
);
