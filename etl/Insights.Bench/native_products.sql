-- native DuckDB load of products.csv: the reader alone, typed columns, no landing, checks or models
create table products as
select *
from read_csv($path, header = true, delim = ',', quote = '"', escape = '"', timestampformat = '%Y-%m-%d %H:%M:%S',
    columns = {
        'product_id': 'integer', 'sku': 'varchar', 'product_name': 'varchar', 'category': 'varchar',
        'list_price': 'decimal(10, 2)', 'updated_at': 'timestamp'
    })
