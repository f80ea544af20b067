-- native DuckDB load of returns.csv: the reader alone, typed columns, no landing, checks or models
create table returns as
select *
from read_csv($path, header = true, delim = ',', quote = '"', escape = '"', timestampformat = '%Y-%m-%d %H:%M:%S',
    columns = {
        'return_id': 'bigint', 'order_id': 'bigint', 'line_number': 'integer', 'returned_at': 'timestamp',
        'quantity': 'integer', 'refund_amount': 'decimal(10, 2)', 'reason': 'varchar'
    })
