-- one raw row per line of returns.csv
insert into raw_returns by name
select *, $run_id as _run_id
from read_csv($path, header = true, delim = ',', quote = '"', escape = '"', store_rejects = true,
    timestampformat = '%Y-%m-%d %H:%M:%S',
    columns = {
        'return_id': 'bigint', 'order_id': 'bigint', 'line_number': 'integer', 'returned_at': 'timestamp',
        'quantity': 'integer', 'refund_amount': 'decimal(10, 2)', 'reason': 'varchar'
    })
