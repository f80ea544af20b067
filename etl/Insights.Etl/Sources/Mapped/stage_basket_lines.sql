-- one row per line of the basket files to load, with file and line number, its items split on $delimiter and trimmed, and,
-- when the basket cannot be loaded, the reason why. Lines come from the files' bytes (file_lines: a line that is not text
-- stands alone and is quarantined for its encoding; any line endings).
create or replace temp table basket_lines as
with split as (
    select
        filename,
        line_number,
        line,
        encoding_problem,
        case when encoding_problem is null then list_transform(string_split(line, $delimiter), i -> trim(i)) end as items
    from file_lines($paths)
)

select
    *,
    -- a basket read as lines: one order per line, its id from source, file name and line number, so a changed file maps each
    -- line to the same order again
    (hash($source, parse_filename(filename), line_number) >> 1)::bigint as order_id,
    case
        when encoding_problem is not null then encoding_problem
        when trim(line) = '' then 'empty basket: the line names no item'
        when list_position(items, '') > 0 then 'item ' || list_position(items, '') || ' of the basket is empty'
        when list_max(list_transform(items, i -> length(i))) > $max_length
            then 'item ' || list_position(list_transform(items, i -> length(i) > $max_length), true) || ' is '
                 || list_max(list_transform(items, i -> length(i))) || ' characters long; at most ' || $max_length || ' are allowed'
    end as reject_reason
from split
