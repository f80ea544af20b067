-- native DuckDB load of order_lines.csv: the reader alone, no landing, checks or models; typed by the ETL's contract
-- (csv_columns, declared by Operational/order_lines_columns.sql, run first)
create table order_lines as
select *
from read_csv($path, header = true, delim = ',', quote = '"', escape = '"',
    columns = getvariable('csv_columns'))
