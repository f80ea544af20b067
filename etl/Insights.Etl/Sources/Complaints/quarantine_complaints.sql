-- one quarantine row per complaint line that did not parse, with the reason
insert into quarantine_row (run_id, source, source_file, row_ref, raw_content, reason, quarantined_at)
select $run_id, $source, filename, 'line ' || line_number, shown(line, 10000), reject_reason, $now
from complaint_parsed
where reject_reason is not null
