-- one landing row per line of customers.csv; lines that do not parse go to DuckDB's reject tables (then quarantine)
insert into landing_customers by name
select *, $path as _source_file
from read_csv($path, header = true, delim = ',', quote = '"', escape = '"', store_rejects = true,
    timestampformat = '%Y-%m-%d %H:%M:%S',
    columns = {
        'customer_id': 'integer', 'full_name': 'varchar', 'preferred_name': 'varchar', 'email': 'varchar',
        'region': 'varchar', 'signup_channel': 'varchar', 'signed_up_at': 'timestamp', 'updated_at': 'timestamp'
    })
