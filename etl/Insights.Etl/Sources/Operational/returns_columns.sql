-- The columns of the operational table returns, in order, with their DuckDB types: the one list both transports derive from.
-- Files: the contract of returns.csv (CsvHeader checks the header names these, the CSV gate (Sources/Csv) checks each line has
-- them and that whole numbers and amounts are written so they load exactly, and Files/returns.sql reads with them; read_csv maps
-- columns by position). PostgreSQL: the columns Postgres/returns.sql selects ({columns}), in this order, which the landing
-- maps by position onto raw_returns. Run before either.
set variable csv_columns = {
    'return_id': 'bigint', 'order_id': 'bigint', 'line_number': 'integer', 'returned_at': 'timestamp',
    'quantity': 'integer', 'refund_amount': 'decimal(10, 2)', 'reason': 'varchar'
};
