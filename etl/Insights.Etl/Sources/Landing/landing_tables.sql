-- the landing tables this connection holds (temporary tables named landing_*)
select table_name
from duckdb_tables()
where temporary and starts_with(table_name, 'landing_')
