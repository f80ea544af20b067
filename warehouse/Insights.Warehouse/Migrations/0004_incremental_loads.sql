-- Incremental, idempotent loads. raw_* become append-only landing history: a row is appended only when its content differs
-- from the latest landed version of its key, so a rerun adds nothing and an update adds one version.

-- one row per source table: how far extraction has read (updated_at of the newest row seen, and its key for ties)
create table etl_cursor (
    source          varchar not null,
    table_name      varchar not null,
    high_water_at   timestamp not null,
    run_id          bigint not null,
    primary key (source, table_name)
);

-- one row per file version a source has loaded: a file with the same name and checksum is never loaded twice
create table etl_loaded_file (
    source          varchar not null,
    file_name       varchar not null,
    size_bytes      bigint not null,
    sha256          varchar not null,
    run_id          bigint not null,
    rows_read       bigint not null,
    loaded_at       timestamp not null
);

-- rows read but not appended because the warehouse already had them (reruns, unchanged rows of a changed file)
alter table etl_run add column rows_skipped bigint;

-- whether a run was a full reload (--full) or incremental
alter table etl_run add column is_full boolean default false;

-- returns' extraction cursor is their own timestamp; lines follow their order's updated_at
alter table raw_returns add column _source_file varchar;
alter table raw_customers add column _source_file varchar;
alter table raw_products add column _source_file varchar;
alter table raw_orders add column _source_file varchar;
alter table raw_order_lines add column _source_file varchar;
