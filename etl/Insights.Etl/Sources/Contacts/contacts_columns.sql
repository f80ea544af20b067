-- The contract of the contact-log exports: its columns, in order, with their types. read_csv maps columns by position, so CsvHeader
-- checks the header names these, the CSV gate (Sources/Csv) checks each line has them (and that whole numbers and amounts are
-- written so they load exactly), and contacts.sql reads with them. Run before contacts.sql.
set variable csv_columns = {
    'contact_id': 'bigint', 'customer_id': 'integer', 'contacted_at': 'timestamp', 'channel': 'varchar',
    'direction': 'varchar', 'duration_seconds': 'integer', 'topic': 'varchar'
};
