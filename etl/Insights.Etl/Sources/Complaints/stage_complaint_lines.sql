-- one row per non-empty line of every complaint export, with its file and line number (JSON Lines: one object per line)
create or replace temporary table complaint_lines as
with files as (
    select filename, string_split(content, chr(10)) as lines
    from read_text($paths)
),

numbered as (
    select filename, generate_subscripts(lines, 1) as line_number, unnest(lines) as line
    from files
)

select filename, line_number, trim(line, chr(13) || ' ') as line
from numbered
where trim(line, chr(13) || ' ') <> ''
