-- One quarantine row per CSV line DuckDB's reader refused, with the source file and its line number, the line as it was, and the
-- reason in words: each error says which column and what was wrong with its value, or what was wrong with the line; several
-- errors on one line are joined with '; '. DuckDB's own text is kept where ours would only repeat it less precisely. DuckDB
-- read what the CSV gate passed (the file, or its clean copy) and numbers its header 1 and each record one more: csv_gate_file
-- and csv_gate_line (CsvGate.cs) map that back to the source file and the line a person finds in an editor. Open quotes,
-- stray quotes, bad encodings and wrong column counts were refused by the gate already; their rules here are a second net.
with errors as (
    select
        scan_id, file_id, line, column_idx, column_name, error_type, csv_line, error_message,
        regexp_extract(error_message, '(?s)Could not convert string "(.*)" to ''', 1) as cast_value,
        regexp_extract(error_message, 'to ''([A-Z]+)', 1) as cast_type,
        regexp_extract(error_message, 'Expected Number of Columns: (\d+) Found: (\d+)', ['expected', 'found']) as column_count
    from reject_errors
),

explained as (
    select
        *,
        case
            when error_type = 'CAST' and cast_type = 'TIMESTAMP'
                then column_name || ' "' || cast_value || '" is not a date-time (yyyy-MM-dd HH:mm:ss)'
            when error_type = 'CAST' and cast_type in ('TINYINT', 'SMALLINT', 'INTEGER', 'BIGINT', 'HUGEINT', 'DECIMAL')
                 and regexp_full_match(trim(cast_value), '[+-]?[0-9]+(\.[0-9]*)?')
                then column_name || ' "' || cast_value || '" is out of range'
            when error_type = 'CAST' and cast_type in ('TINYINT', 'SMALLINT', 'INTEGER', 'BIGINT', 'HUGEINT')
                then column_name || ' "' || cast_value || '" is not a whole number'
            when error_type = 'CAST' and cast_type = 'DECIMAL'
                then column_name || ' "' || cast_value || '" is not a decimal number (like 12.50)'
            when error_type = 'CAST'
                then column_name || ': ' || error_message
            -- DuckDB reports a short line once per missing column, each with the count found so far: the fewest is the line's
            when error_type = 'MISSING COLUMNS'
                then 'wrong column count: ' || min(try_cast(column_count.found as integer)) over (partition by scan_id, file_id, line, error_type)
                     || ' columns where ' || column_count.expected || ' are expected'
            when error_type = 'TOO MANY COLUMNS'
                then 'wrong column count: ' || max(try_cast(column_count.found as integer)) over (partition by scan_id, file_id, line, error_type)
                     || ' columns where ' || column_count.expected || ' are expected'
            when error_type = 'UNQUOTED VALUE'
                then 'unterminated quote in column ' || column_name || ' (DuckDB: ' || error_message || ')'
            when error_type = 'INVALID ENCODING'
                then 'bad encoding in column ' || column_name || ': the bytes are not valid UTF-8 (DuckDB: ' || error_message || ')'
            when error_type = 'LINE SIZE OVER MAXIMUM'
                then 'line too long (DuckDB: ' || error_message || ')'
            else coalesce(column_name || ': ', '') || error_message
        end as reason
    from errors
),

-- one reason per line and kind of error (DuckDB may report a column twice), in column order
distinct_reasons as (
    select scan_id, file_id, line, reason, min(column_idx) as column_idx, any_value(csv_line) as csv_line
    from explained
    group by scan_id, file_id, line, reason
)

insert into quarantine_row (run_id, source, source_file, row_ref, raw_content, reason, quarantined_at)
select
    $run_id,
    $source,
    gated.source_path,
    'line ' || (reasons.line + coalesce(shift.line_offset, 0)),
    any_value(reasons.csv_line),
    string_agg(reasons.reason, '; ' order by reasons.column_idx, reasons.reason),
    $now
from distinct_reasons as reasons
join reject_scans as scans on scans.scan_id = reasons.scan_id and scans.file_id = reasons.file_id
join csv_gate_file as gated on gated.read_path = scans.file_path
asof left join csv_gate_line as shift on shift.read_path = scans.file_path and reasons.line >= shift.from_line
group by reasons.scan_id, reasons.file_id, gated.source_path, reasons.line, shift.line_offset
