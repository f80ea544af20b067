-- one raw row per line of order_lines.csv
insert into raw_order_lines by name
select *, $run_id as _run_id
from read_csv($path, header = true, delim = ',', quote = '"', escape = '"', store_rejects = true,
    columns = {
        'order_id': 'bigint', 'line_number': 'integer', 'product_id': 'integer', 'quantity': 'integer',
        'unit_price': 'decimal(10, 2)', 'discount_amount': 'decimal(10, 2)'
    })
