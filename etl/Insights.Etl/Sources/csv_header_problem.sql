-- what is wrong with a file's header line ($line: its first line, null for an empty file), in words, compared with the columns
-- of the export's contract (variable csv_columns); no row when it names exactly those columns, in order. The line comes from
-- CsvHeader.cs, which reads it as text: no data row, and no line ending of the rest of the file, can make this check fail.
with first_line as (
    select $line::varchar as line
),

header as (
    select list_transform(string_split(trim(line, chr(65279) || chr(13)), ','), c -> lower(trim(c, ' "'))) as names
    from first_line
),

expected as (
    select list_transform(struct_keys(getvariable('csv_columns')), c -> lower(c)) as names
),

compared as (
    select
        expected.names as expected,
        header.names as found,
        list_filter(expected.names, c -> not list_contains(coalesce(header.names, []), c)) as missing,
        list_filter(coalesce(header.names, []), c -> not list_contains(expected.names, c)) as unexpected
    from expected
    left join header on true
)

select
    case
        when found is null then 'the file has no header line'
        when len(missing) > 0 and len(unexpected) > 0
            then 'the header lacks ' || array_to_string(missing, ', ') || ' and has ' || array_to_string(unexpected, ', ')
                 || ' instead (expected ' || array_to_string(expected, ', ') || ')'
        when len(missing) > 0
            then 'the header lacks ' || array_to_string(missing, ', ') || ' (expected ' || array_to_string(expected, ', ') || ')'
        when len(unexpected) > 0
            then 'the header has unexpected ' || array_to_string(unexpected, ', ') || ' (expected ' || array_to_string(expected, ', ')
                 || ')'
        else 'the header names the columns in another order: ' || array_to_string(found, ', ') || ' (expected '
             || array_to_string(expected, ', ') || ')'
    end as problem
from compared
where found is distinct from expected
