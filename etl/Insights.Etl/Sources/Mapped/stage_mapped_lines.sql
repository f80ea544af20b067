-- one row per non-empty data line of the files to load, split into fields, with file and line number
-- ($whitespace: split on runs of blanks; otherwise on $delimiter; $header: the first line names columns and is skipped)
create or replace temp table mapped_lines as
with files as (
    select filename, string_split(replace(content, chr(13), ''), chr(10)) as lines
    from read_text($paths)
),

numbered as (
    select filename, generate_subscripts(lines, 1) as line_number, unnest(lines) as line
    from files
)

select
    filename,
    line_number,
    line,
    case when $whitespace then regexp_split_to_array(trim(line), '\s+')
         else list_transform(string_split(line, $delimiter), f -> trim(f)) end as fields
from numbered
where trim(line) <> '' and not ($header and line_number = 1)
