-- native DuckDB load of order_lines.csv: the reader alone, typed columns, no landing, checks or models
create table order_lines as
select *
from read_csv($path, header = true, delim = ',', quote = '"', escape = '"',
    columns = {
        'order_id': 'bigint', 'line_number': 'integer', 'product_id': 'integer', 'quantity': 'integer',
        'unit_price': 'decimal(10, 2)', 'discount_amount': 'decimal(10, 2)'
    })
