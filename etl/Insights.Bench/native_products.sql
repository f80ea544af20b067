-- native DuckDB load of products.csv: the reader alone, no landing, checks or models; typed by the ETL's contract
-- (csv_columns, declared by Operational/products_columns.sql, run first)
create table products as
select *
from read_csv($path, header = true, delim = ',', quote = '"', escape = '"', timestampformat = '%Y-%m-%d %H:%M:%S',
    columns = getvariable('csv_columns'))
