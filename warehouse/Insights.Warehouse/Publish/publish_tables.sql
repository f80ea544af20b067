-- one row per table a publication holds: the star schema (dim_, fct_), the marts (mart_), and what a read replica's pages read
-- besides (etl_run for the latest state and the run history, ref_ codes, app_ segments and campaigns)
select
    table_name,
    case
        when starts_with(table_name, 'dim_') then 'dimension'
        when starts_with(table_name, 'fct_') then 'fact'
        when starts_with(table_name, 'mart_') then 'mart'
        else 'state'
    end as kind
from duckdb_tables()
where database_name = current_database()
  and schema_name = 'main'
  and not temporary
  and (regexp_matches(table_name, '^(dim|fct|mart|ref|app)_[a-z0-9_]+$') or table_name = 'etl_run')
order by table_name
