-- The columns of the operational table orders, in order, with their DuckDB types: the one list both transports derive from.
-- Files: the contract of orders.csv (CsvHeader checks the header names these, the CSV gate (Sources/Csv) checks each line has
-- them and that whole numbers and amounts are written so they load exactly, and Files/orders.sql reads with them; read_csv maps
-- columns by position). PostgreSQL: the columns Postgres/orders.sql selects ({columns}), in this order, which the landing
-- maps by position onto raw_orders. Run before either.
set variable csv_columns = {
    'order_id': 'bigint', 'customer_id': 'integer', 'ordered_at': 'timestamp', 'channel': 'varchar',
    'status': 'varchar', 'updated_at': 'timestamp'
};
