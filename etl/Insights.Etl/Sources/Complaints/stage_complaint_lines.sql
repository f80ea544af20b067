-- one row per non-empty line of every complaint export, with its file and line number (JSON Lines: one object per line).
-- The files are read as bytes: read_text refuses a whole file for one line that is not UTF-8. A blob cast to text writes every
-- byte outside printable ASCII (and " and \) as \xNN, so the text splits on '\x0A' and each line decodes back on its own; a line
-- that does not decode keeps that escaped text (with " and \ written plainly again) and is quarantined for its encoding.
create or replace temp table complaint_lines as
with files as (
    select filename, string_split(content::varchar, '\x0A') as lines
    from read_blob($paths)
),

numbered as (
    select filename, generate_subscripts(lines, 1) as line_number, unnest(lines) as escaped
    from files
),

decoded as (
    select filename, line_number, escaped, trim(try(decode(escaped::blob)), chr(13) || ' ') as text
    from numbered
)

select
    filename,
    line_number,
    coalesce(text, replace(replace(regexp_replace(escaped, '(\\x0D)+$', ''), '\x22', '"'), '\x5C', '\')) as line,
    text is not null as is_utf8
from decoded
where text is null or text <> ''
