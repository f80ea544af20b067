-- ETL bookkeeping: one row per run and source, and the rows a run refused (with a reason a person understands).

create sequence etl_run_id_seq start 1;

create table etl_run (
    run_id          bigint primary key default nextval('etl_run_id_seq'),
    source          varchar not null,
    trigger         varchar not null,               -- startup, schedule, cli, manual
    started_at      timestamp not null,              -- UTC, as all bookkeeping times
    finished_at     timestamp,
    rows_read       bigint,
    rows_loaded     bigint,
    rows_rejected   bigint,
    status          varchar not null,               -- running, succeeded, warning (loaded, a data check failed), failed, abandoned
    error           varchar
);

create table quarantine_row (
    run_id          bigint not null,
    source          varchar not null,
    source_file     varchar,
    row_ref         varchar,                        -- line number or key, whatever finds the row in its source
    raw_content     varchar,
    reason          varchar not null,
    quarantined_at  timestamp not null
);

-- one row per data check per run: a check selects the rows that break a rule, so zero rows is a pass
create table etl_check_result (
    run_id          bigint not null,
    check_name      varchar not null,
    failing_rows    bigint not null,
    checked_at      timestamp not null
);
