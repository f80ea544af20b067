-- the lines the CSV gate refused in this load, into quarantine_row (then forgotten, so a later load on the connection starts empty)
insert into quarantine_row (run_id, source, source_file, row_ref, raw_content, reason, quarantined_at)
select $run_id, $source, source_path, row_ref, raw_content, reason, $now
from csv_gate_refused;

delete from csv_gate_refused;
