-- whether the migrations' own table exists yet (a new warehouse file has none)
select count(*) > 0 from duckdb_tables() where schema_name = 'main' and table_name = 'etl_schema_version'
