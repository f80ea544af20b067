-- one landing row per line of customers.csv; lines that do not parse go to DuckDB's reject tables (then quarantine).
-- csv_columns is the export's contract: read_csv maps by position, and CsvHeader checks the file's header names these, in order.
set variable csv_columns = {
    'customer_id': 'integer', 'full_name': 'varchar', 'preferred_name': 'varchar', 'email': 'varchar',
    'region': 'varchar', 'signup_channel': 'varchar', 'signed_up_at': 'timestamp', 'updated_at': 'timestamp'
};

-- auto_detect = false: the dialect is fixed, and the sniffer would fail the whole file on one badly quoted line
insert into landing_customers by name
select *, $path as _source_file
from read_csv($path, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', store_rejects = true,
    timestampformat = '%Y-%m-%d %H:%M:%S',
    columns = getvariable('csv_columns'))
