-- native DuckDB load of the complaint export (JSON Lines): the reader alone, typed fields, no per-line checks or models
create table complaints as
select *
from read_json($path, format = 'newline_delimited', timestampformat = '%Y-%m-%d %H:%M:%S',
    columns = {
        'complaint_id': 'bigint', 'customer_id': 'integer', 'order_id': 'bigint', 'product_id': 'integer',
        'category': 'varchar', 'severity': 'varchar', 'opened_at': 'timestamp', 'resolved_at': 'timestamp',
        'status': 'varchar', 'text': 'varchar'
    })
