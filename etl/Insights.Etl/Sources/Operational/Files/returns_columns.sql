-- The contract of returns.csv: its columns, in order, with their types. read_csv maps columns by position, so CsvHeader
-- checks the header names these, the CSV gate (Sources/Csv) checks each line has them (and that whole numbers and amounts are
-- written so they load exactly), and returns.sql reads with them. Run before returns.sql.
set variable csv_columns = {
    'return_id': 'bigint', 'order_id': 'bigint', 'line_number': 'integer', 'returned_at': 'timestamp',
    'quantity': 'integer', 'refund_amount': 'decimal(10, 2)', 'reason': 'varchar'
};
