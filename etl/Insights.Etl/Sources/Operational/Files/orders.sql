-- one landing row per line of orders.csv; lines that do not parse go to DuckDB's reject tables (then quarantine).
-- csv_columns is the export's contract: read_csv maps by position, and CsvHeader checks the file's header names these, in order.
set variable csv_columns = {
    'order_id': 'bigint', 'customer_id': 'integer', 'ordered_at': 'timestamp', 'channel': 'varchar',
    'status': 'varchar', 'updated_at': 'timestamp'
};

-- auto_detect = false: the dialect is fixed, and the sniffer would fail the whole file on one badly quoted line
insert into landing_orders by name
select *, $path as _source_file
from read_csv($path, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', store_rejects = true,
    timestampformat = '%Y-%m-%d %H:%M:%S',
    columns = getvariable('csv_columns'))
