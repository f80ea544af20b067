-- one row: the rows the Parquet files $files hold (from their footers), to check an export before it is made current
select count(*)::bigint as row_count
from read_parquet($files)
