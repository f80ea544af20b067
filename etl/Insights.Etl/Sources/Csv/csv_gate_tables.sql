-- The CSV gate's bookkeeping for one load (CsvGate.cs), on the load's connection: which file DuckDB reads for each source file
-- (the file itself, or the gate's clean copy), how DuckDB's line numbers map back to the file's (from_line on, add line_offset),
-- and the lines the gate refused, on their way to quarantine_row.
create temp table if not exists csv_gate_file (read_path varchar not null, source_path varchar not null);

create temp table if not exists csv_gate_line (read_path varchar not null, from_line bigint not null, line_offset bigint not null);

create temp table if not exists csv_gate_refused (
    source_path  varchar not null,
    row_ref      varchar not null,
    raw_content  varchar not null,
    reason       varchar not null
);
