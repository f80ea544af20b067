-- native DuckDB load of orders.csv: the reader alone, typed columns, no landing, checks or models
create table orders as
select *
from read_csv($path, header = true, delim = ',', quote = '"', escape = '"', timestampformat = '%Y-%m-%d %H:%M:%S',
    columns = {
        'order_id': 'bigint', 'customer_id': 'integer', 'ordered_at': 'timestamp', 'channel': 'varchar',
        'status': 'varchar', 'updated_at': 'timestamp'
    })
