-- 1 when this source already loaded a file of this name with this content
select count(*) from etl_loaded_file where source = $source and file_name = $name and sha256 = $sha
