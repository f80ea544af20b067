-- one raw row per line of every contact-log export; lines that do not parse go to DuckDB's reject tables (then quarantine)
insert into raw_contacts by name
select * exclude (filename), filename as _source_file, $run_id as _run_id
from read_csv($paths, header = true, delim = ',', quote = '"', escape = '"', store_rejects = true, filename = true,
    timestampformat = '%Y-%m-%d %H:%M:%S',
    columns = {
        'contact_id': 'bigint', 'customer_id': 'integer', 'contacted_at': 'timestamp', 'channel': 'varchar',
        'direction': 'varchar', 'duration_seconds': 'integer', 'topic': 'varchar'
    })
