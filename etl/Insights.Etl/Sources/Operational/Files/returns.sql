-- one landing row per line of returns.csv; lines that do not parse go to DuckDB's reject tables (then quarantine)
insert into landing_returns by name
select *, $path as _source_file
from read_csv($path, header = true, delim = ',', quote = '"', escape = '"', store_rejects = true,
    timestampformat = '%Y-%m-%d %H:%M:%S',
    columns = {
        'return_id': 'bigint', 'order_id': 'bigint', 'line_number': 'integer', 'returned_at': 'timestamp',
        'quantity': 'integer', 'refund_amount': 'decimal(10, 2)', 'reason': 'varchar'
    })
