-- one landing row per line of products.csv, read from what the CSV gate passed ($path: the file, or its clean copy; $source_file:
-- the file itself). Lines that do not parse go to DuckDB's reject tables (then quarantine). The columns are the
-- export's contract (Operational/products_columns.sql, run first).

-- auto_detect = false: the dialect is fixed, and the sniffer would fail the whole file on one badly quoted line
insert into landing_products by name
select *, $source_file as _source_file
from read_csv($path, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', store_rejects = true,
    timestampformat = '%Y-%m-%d %H:%M:%S',
    columns = getvariable('csv_columns'))
