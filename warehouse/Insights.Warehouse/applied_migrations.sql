-- the migrations applied so far, with the checksum each had
select name, checksum from etl_schema_version
