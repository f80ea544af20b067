-- every line, for a full load ({columns}: order_lines_columns.sql's)
select {columns}
from order_lines
