-- The contract of order_lines.csv: its columns, in order, with their types. read_csv maps columns by position, so CsvHeader
-- checks the header names these, the CSV gate (Sources/Csv) checks each line has them (and that whole numbers and amounts are
-- written so they load exactly), and order_lines.sql reads with them. Run before order_lines.sql.
set variable csv_columns = {
    'order_id': 'bigint', 'line_number': 'integer', 'product_id': 'integer', 'quantity': 'integer',
    'unit_price': 'decimal(10, 2)', 'discount_amount': 'decimal(10, 2)'
};
