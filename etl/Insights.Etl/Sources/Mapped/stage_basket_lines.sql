-- one row per line of the basket files to load, with file and line number, its items split on $delimiter and trimmed, and,
-- when the basket cannot be loaded, the reason why. The files are read as bytes (read_text refuses a whole file for one line
-- that is not UTF-8): a blob cast to text writes every byte outside printable ASCII as \xNN, so the text splits on '\x0A' and
-- each line decodes on its own. The empty string after a file's final line break is not a line.
create or replace temp table basket_lines as
with files as (
    select filename, string_split(content::varchar, '\x0A') as lines
    from read_blob($paths)
),

numbered as (
    select filename, len(lines) as line_count, generate_subscripts(lines, 1) as line_number, unnest(lines) as escaped
    from files
),

decoded as (
    select filename, line_number, line_count, escaped, rtrim(try(decode(escaped::blob)), chr(13)) as text
    from numbered
),

split as (
    select
        filename,
        line_number,
        coalesce(text, replace(replace(regexp_replace(escaped, '(\\x0D)+$', ''), '\x22', '"'), '\x5C', '\')) as line,
        text is not null as is_utf8,
        case when text is not null then list_transform(string_split(text, $delimiter), i -> trim(i)) end as items
    from decoded
    where not (line_number = line_count and escaped = '')
)

select
    *,
    -- a basket read as lines: one order per line, its id from source, file name and line number, so a changed file maps each
    -- line to the same order again
    (hash($source, parse_filename(filename), line_number) >> 1)::bigint as order_id,
    case
        when not is_utf8 then 'bad encoding: the line is not valid UTF-8'
        when trim(line) = '' then 'empty basket: the line names no item'
        when list_position(items, '') > 0 then 'item ' || list_position(items, '') || ' of the basket is empty'
        when list_max(list_transform(items, i -> length(i))) > $max_length
            then 'item ' || list_position(list_transform(items, i -> length(i) > $max_length), true) || ' is '
                 || list_max(list_transform(items, i -> length(i))) || ' characters long; at most ' || $max_length || ' are allowed'
    end as reject_reason
from split
