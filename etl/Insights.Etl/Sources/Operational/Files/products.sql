-- one raw row per line of products.csv
insert into raw_products by name
select *, $run_id as _run_id
from read_csv($path, header = true, delim = ',', quote = '"', escape = '"', store_rejects = true,
    timestampformat = '%Y-%m-%d %H:%M:%S',
    columns = {
        'product_id': 'integer', 'sku': 'varchar', 'product_name': 'varchar', 'category': 'varchar',
        'list_price': 'decimal(10, 2)', 'updated_at': 'timestamp'
    })
