-- one row per star-schema table with its row count, in the order the home page lists them
select 'dim_customer' as table_name, count(*) filter (where is_current) as row_count from dim_customer
union all select 'dim_product', count(*) from dim_product
union all select 'dim_channel', count(*) from dim_channel
union all select 'dim_date', count(*) from dim_date
union all select 'fct_order_line', count(*) from fct_order_line
union all select 'fct_return', count(*) from fct_return
union all select 'fct_contact', count(*) from fct_contact
union all select 'fct_complaint', count(*) from fct_complaint
