-- The columns of the operational table order_lines, in order, with their DuckDB types: the one list both transports derive from.
-- Files: the contract of order_lines.csv (CsvHeader checks the header names these, the CSV gate (Sources/Csv) checks each line has
-- them and that whole numbers and amounts are written so they load exactly, and Files/order_lines.sql reads with them; read_csv maps
-- columns by position). PostgreSQL: the columns Postgres/order_lines.sql selects ({columns}), in this order, which the landing
-- maps by position onto raw_order_lines. Run before either.
set variable csv_columns = {
    'order_id': 'bigint', 'line_number': 'integer', 'product_id': 'integer', 'quantity': 'integer',
    'unit_price': 'decimal(10, 2)', 'discount_amount': 'decimal(10, 2)'
};
