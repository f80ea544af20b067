-- The contract of customers.csv: its columns, in order, with their types. read_csv maps columns by position, so CsvHeader
-- checks the header names these, the CSV gate (Sources/Csv) checks each line has them (and that whole numbers and amounts are
-- written so they load exactly), and customers.sql reads with them. Run before customers.sql.
set variable csv_columns = {
    'customer_id': 'integer', 'full_name': 'varchar', 'preferred_name': 'varchar', 'email': 'varchar',
    'region': 'varchar', 'signup_channel': 'varchar', 'signed_up_at': 'timestamp', 'updated_at': 'timestamp'
};
