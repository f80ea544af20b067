-- one landing row per line of orders.csv; lines that do not parse go to DuckDB's reject tables (then quarantine)
insert into landing_orders by name
select *, $path as _source_file
from read_csv($path, header = true, delim = ',', quote = '"', escape = '"', store_rejects = true,
    timestampformat = '%Y-%m-%d %H:%M:%S',
    columns = {
        'order_id': 'bigint', 'customer_id': 'integer', 'ordered_at': 'timestamp', 'channel': 'varchar',
        'status': 'varchar', 'updated_at': 'timestamp'
    })
