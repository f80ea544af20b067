-- Lands one file exported by SnapshotCsvExport into its landing table with DuckDB's CSV reader (all cores). {columns} is a
-- struct of the landing table's first columns, as many as the file has fields, in order (names and types from DuckDB's own
-- catalog, see landing_column_types.sql); later landing columns (e.g. line_amount) stay null. The dialect is PostgreSQL's CSV:
-- no header, NULL unquoted and empty, an empty string quoted (""), so quoted empties stay strings.
insert into {landing} by name
select *, $source_file as _source_file
from read_csv($path, header = false, auto_detect = false, delim = ',', quote = '"', escape = '"', allow_quoted_nulls = false,
    columns = {columns})
