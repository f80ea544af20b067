-- Extraction workers (docs/scale.md): one row per Parquet batch a load took from the staging folder, written by a worker for
-- one partition (a table's key range) of the owner's plan. A batch is loaded once: the key (plan, batch) refuses a second
-- load, and the row says which run loaded it, how many rows it held, its SHA-256 and which worker wrote it.
create table etl_loaded_batch (
    plan_id     varchar not null,
    batch_name  varchar not null,
    table_name  varchar not null,
    key_from    bigint not null,
    key_to      bigint not null,
    rows_read   bigint not null,
    sha256      varchar not null,
    worker      varchar not null,
    run_id      bigint not null,
    loaded_at   timestamp not null,
    primary key (plan_id, batch_name)
);
