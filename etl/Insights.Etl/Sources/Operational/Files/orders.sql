-- one raw row per line of orders.csv
insert into raw_orders by name
select *, $run_id as _run_id
from read_csv($path, header = true, delim = ',', quote = '"', escape = '"', store_rejects = true,
    timestampformat = '%Y-%m-%d %H:%M:%S',
    columns = {
        'order_id': 'bigint', 'customer_id': 'integer', 'ordered_at': 'timestamp', 'channel': 'varchar',
        'status': 'varchar', 'updated_at': 'timestamp'
    })
