-- The contract of orders.csv: its columns, in order, with their types. read_csv maps columns by position, so CsvHeader
-- checks the header names these, the CSV gate (Sources/Csv) checks each line has them (and that whole numbers and amounts are
-- written so they load exactly), and orders.sql reads with them. Run before orders.sql.
set variable csv_columns = {
    'order_id': 'bigint', 'customer_id': 'integer', 'ordered_at': 'timestamp', 'channel': 'varchar',
    'status': 'varchar', 'updated_at': 'timestamp'
};
