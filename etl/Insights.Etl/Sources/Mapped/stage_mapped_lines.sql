-- one row per non-empty data line of the files to load, split into fields, with file and line number, from the files' bytes
-- (file_lines: a line that is not text stands alone and is quarantined for its encoding; any line endings).
-- $whitespace: split on runs of blanks; otherwise on $delimiter. $header: the first line names columns and is skipped.
create or replace temp table mapped_lines as
select
    filename,
    line_number,
    line,
    encoding_problem,
    case when encoding_problem is not null then []
         when $whitespace then regexp_split_to_array(trim(line), '\s+')
         else list_transform(string_split(line, $delimiter), f -> trim(f)) end as fields
from file_lines($paths)
where (encoding_problem is not null or trim(line) <> '') and not ($header and line_number = 1)
