-- native DuckDB load of orders.csv: the reader alone, no landing, checks or models; typed by the ETL's contract
-- (csv_columns, declared by Operational/orders_columns.sql, run first)
create table orders as
select *
from read_csv($path, header = true, delim = ',', quote = '"', escape = '"', timestampformat = '%Y-%m-%d %H:%M:%S',
    columns = getvariable('csv_columns'))
