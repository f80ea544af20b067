-- native DuckDB load of the contact-log export: the reader alone, typed columns, no landing, checks or models
create table contacts as
select *
from read_csv($path, header = true, delim = ',', quote = '"', escape = '"', timestampformat = '%Y-%m-%d %H:%M:%S',
    columns = {
        'contact_id': 'bigint', 'customer_id': 'integer', 'contacted_at': 'timestamp', 'channel': 'varchar',
        'direction': 'varchar', 'duration_seconds': 'integer', 'topic': 'varchar'
    })
