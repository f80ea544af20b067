-- one row per applied migration script; created before any migration runs, so it cannot be a migration itself
create table if not exists etl_schema_version (
    name        varchar primary key,
    checksum    varchar not null,
    applied_at  timestamp not null
);
