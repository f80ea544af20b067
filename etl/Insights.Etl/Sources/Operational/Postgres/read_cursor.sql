-- the newest source timestamp a table's extraction has seen
select high_water_at from etl_cursor where source = $source and table_name = $table
