-- one landing row per line of the contact-log exports to load; lines that do not parse go to DuckDB's reject tables
-- (then quarantine)
insert into landing_contacts by name
select * exclude (filename), filename as _source_file
from read_csv($paths, header = true, delim = ',', quote = '"', escape = '"', store_rejects = true, filename = true,
    timestampformat = '%Y-%m-%d %H:%M:%S',
    columns = {
        'contact_id': 'bigint', 'customer_id': 'integer', 'contacted_at': 'timestamp', 'channel': 'varchar',
        'direction': 'varchar', 'duration_seconds': 'integer', 'topic': 'varchar'
    })
