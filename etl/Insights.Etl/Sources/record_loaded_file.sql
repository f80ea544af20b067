-- one row per file version loaded, with the rows it landed; {landing} is the landing table it went to
insert into etl_loaded_file (source, file_name, size_bytes, sha256, run_id, rows_read, loaded_at)
select $source, $name, $size, $sha, $run_id, count(*), $now
from {landing}
where _source_file = $path
