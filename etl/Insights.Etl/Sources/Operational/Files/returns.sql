-- one landing row per line of returns.csv; lines that do not parse go to DuckDB's reject tables (then quarantine).
-- csv_columns is the export's contract: read_csv maps by position, and CsvHeader checks the file's header names these, in order.
set variable csv_columns = {
    'return_id': 'bigint', 'order_id': 'bigint', 'line_number': 'integer', 'returned_at': 'timestamp',
    'quantity': 'integer', 'refund_amount': 'decimal(10, 2)', 'reason': 'varchar'
};

-- auto_detect = false: the dialect is fixed, and the sniffer would fail the whole file on one badly quoted line
insert into landing_returns by name
select *, $path as _source_file
from read_csv($path, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', store_rejects = true,
    timestampformat = '%Y-%m-%d %H:%M:%S',
    columns = getvariable('csv_columns'))
