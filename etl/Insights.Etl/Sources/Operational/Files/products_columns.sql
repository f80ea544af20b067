-- The contract of products.csv: its columns, in order, with their types. read_csv maps columns by position, so CsvHeader
-- checks the header names these, the CSV gate (Sources/Csv) checks each line has them (and that whole numbers and amounts are
-- written so they load exactly), and products.sql reads with them. Run before products.sql.
set variable csv_columns = {
    'product_id': 'integer', 'sku': 'varchar', 'product_name': 'varchar', 'category': 'varchar',
    'list_price': 'decimal(10, 2)', 'updated_at': 'timestamp'
};
