-- PostgreSQL, on the worker's imported snapshot: one partition of a table's extraction, the rows of <select> whose key is in
-- the planned range. <from> and <to> are the plan's numbers and <key> our key column (COPY takes no parameters).
select *
from ({select}) as changed
where {key} between {from} and {to}
