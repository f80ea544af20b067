-- file_lines($paths): one row per line of the files, for the sources that read lines themselves (mapped transactions and
-- baskets, complaint JSON Lines). The files are read as bytes, because read_text refuses a whole file for one line that is not
-- UTF-8: a blob cast to text writes every byte outside printable ASCII (and " and \) as \xNN, so the text splits on the escaped
-- line breaks and each line decodes back on its own. CRLF, LF and a lone CR each end a line, so a file's line endings (even
-- mixed) never decide whether or how it loads. The empty string after a file's final line break is not a line.
-- encoding_problem says why a line is not text (not UTF-8, or a NUL byte); such a line keeps its escaped bytes in line
-- (with " and \ written plainly again), so the quarantine shows what it said.
create or replace temp macro file_lines(paths) as table
with files as (
    select filename, regexp_split_to_array(content::varchar, '\\x0D\\x0A|\\x0A|\\x0D') as lines
    from read_blob(paths)
),

numbered as (
    select filename, len(lines) as line_count, generate_subscripts(lines, 1) as line_number, unnest(lines) as escaped
    from files
),

-- a byte-order mark opens the text, it is not part of the first line
unmarked as (
    select filename, line_count, line_number,
           case when line_number = 1 then regexp_replace(escaped, '^\\xEF\\xBB\\xBF', '') else escaped end as escaped
    from numbered
),

decoded as (
    select
        filename,
        line_number,
        escaped,
        case
            when contains(escaped, '\x00') then 'the line contains a NUL byte (\x00), which is not text'
            when try(decode(escaped::blob)) is null then 'bad encoding: the line is not valid UTF-8'
        end as encoding_problem
    from unmarked
    where not (line_number = line_count and escaped = '')
)

select
    filename,
    line_number,
    case when encoding_problem is null then try(decode(escaped::blob))
         else replace(replace(escaped, '\x22', '"'), '\x5C', '\') end as line,
    encoding_problem
from decoded
