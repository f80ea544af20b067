-- one row per non-empty line of every complaint export, with its file and line number (JSON Lines: one object per line), from
-- the files' bytes (file_lines: a line that is not text stands alone and is quarantined for its encoding; any line endings).
create or replace temp table complaint_lines as
select
    filename,
    line_number,
    case when encoding_problem is null then trim(line) else line end as line,
    encoding_problem
from file_lines($paths)
where encoding_problem is not null or trim(line) <> ''
