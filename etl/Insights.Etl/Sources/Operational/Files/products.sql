-- one landing row per line of products.csv; lines that do not parse go to DuckDB's reject tables (then quarantine)
insert into landing_products by name
select *, $path as _source_file
from read_csv($path, header = true, delim = ',', quote = '"', escape = '"', store_rejects = true,
    timestampformat = '%Y-%m-%d %H:%M:%S',
    columns = {
        'product_id': 'integer', 'sku': 'varchar', 'product_name': 'varchar', 'category': 'varchar',
        'list_price': 'decimal(10, 2)', 'updated_at': 'timestamp'
    })
