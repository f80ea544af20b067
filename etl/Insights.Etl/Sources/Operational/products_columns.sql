-- The columns of the operational table products, in order, with their DuckDB types: the one list both transports derive from.
-- Files: the contract of products.csv (CsvHeader checks the header names these, the CSV gate (Sources/Csv) checks each line has
-- them and that whole numbers and amounts are written so they load exactly, and Files/products.sql reads with them; read_csv maps
-- columns by position). PostgreSQL: the columns Postgres/products.sql selects ({columns}), in this order, which the landing
-- maps by position onto raw_products. Run before either.
set variable csv_columns = {
    'product_id': 'integer', 'sku': 'varchar', 'product_name': 'varchar', 'category': 'varchar',
    'list_price': 'decimal(10, 2)', 'updated_at': 'timestamp'
};
