-- one quarantine row per refused CSV line (a line with several errors keeps the first, with the count of the others)
insert into quarantine_row (run_id, source, source_file, row_ref, raw_content, reason, quarantined_at)
select
    $run_id,
    $source,
    scans.file_path,
    'line ' || errors.line,
    any_value(errors.csv_line),
    string_agg(errors.error_message, '; ' order by errors.column_idx),
    $now
from reject_errors as errors
join reject_scans as scans on scans.scan_id = errors.scan_id and scans.file_id = errors.file_id
group by errors.scan_id, errors.file_id, scans.file_path, errors.line
