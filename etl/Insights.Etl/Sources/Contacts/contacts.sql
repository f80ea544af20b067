-- one landing row per line of the contact-log exports to load; lines that do not parse go to DuckDB's reject tables
-- (then quarantine). csv_columns is the exports' contract: read_csv maps by position, and CsvHeader checks each file's header
-- names these, in order.
set variable csv_columns = {
    'contact_id': 'bigint', 'customer_id': 'integer', 'contacted_at': 'timestamp', 'channel': 'varchar',
    'direction': 'varchar', 'duration_seconds': 'integer', 'topic': 'varchar'
};

-- auto_detect = false: the dialect is fixed, and the sniffer would fail the whole file on one badly quoted line
insert into landing_contacts by name
select * exclude (filename), filename as _source_file
from read_csv($paths, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', store_rejects = true,
    filename = true, timestampformat = '%Y-%m-%d %H:%M:%S',
    columns = getvariable('csv_columns'))
