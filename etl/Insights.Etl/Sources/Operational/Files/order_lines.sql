-- one landing row per line of order_lines.csv; lines that do not parse go to DuckDB's reject tables (then quarantine)
insert into landing_order_lines by name
select *, $path as _source_file
from read_csv($path, header = true, delim = ',', quote = '"', escape = '"', store_rejects = true,
    columns = {
        'order_id': 'bigint', 'line_number': 'integer', 'product_id': 'integer', 'quantity': 'integer',
        'unit_price': 'decimal(10, 2)', 'discount_amount': 'decimal(10, 2)'
    })
