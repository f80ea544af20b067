-- DuckDB, in the owner's load transaction: lands one committed Parquet batch into the table's landing table (by column name;
-- later landing columns, e.g. line_amount, stay null), as land_exported_csv.sql lands a CSV export. <landing> is ours.
insert into {landing} by name
select *, $source_file as _source_file
from read_parquet($path)
