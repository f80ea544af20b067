-- The columns of the operational table customers, in order, with their DuckDB types: the one list both transports derive from.
-- Files: the contract of customers.csv (CsvHeader checks the header names these, the CSV gate (Sources/Csv) checks each line has
-- them and that whole numbers and amounts are written so they load exactly, and Files/customers.sql reads with them; read_csv maps
-- columns by position). PostgreSQL: the columns Postgres/customers.sql selects ({columns}), in this order, which the landing
-- maps by position onto raw_customers. Run before either.
set variable csv_columns = {
    'customer_id': 'integer', 'full_name': 'varchar', 'preferred_name': 'varchar', 'email': 'varchar',
    'region': 'varchar', 'signup_channel': 'varchar', 'signed_up_at': 'timestamp', 'updated_at': 'timestamp'
};
