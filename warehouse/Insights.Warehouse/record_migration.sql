-- records one migration as applied, with the checksum of its text (a changed migration is refused later)
insert into etl_schema_version (name, checksum, applied_at) values ($name, $checksum, now() at time zone 'UTC')
