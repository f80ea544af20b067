-- native DuckDB load of customers.csv: the reader alone, typed columns, no landing, checks or models
create table customers as
select *
from read_csv($path, header = true, delim = ',', quote = '"', escape = '"', timestampformat = '%Y-%m-%d %H:%M:%S',
    columns = {
        'customer_id': 'integer', 'full_name': 'varchar', 'preferred_name': 'varchar', 'email': 'varchar',
        'region': 'varchar', 'signup_channel': 'varchar', 'signed_up_at': 'timestamp', 'updated_at': 'timestamp'
    })
