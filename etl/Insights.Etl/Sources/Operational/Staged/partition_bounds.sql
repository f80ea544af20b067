-- PostgreSQL, on the owner's snapshot: the smallest and largest key among the rows a table's extraction reads. <select> is
-- the table's extraction (OperationalQueries: its columns, changed since the cursor), <key> its key column (ours); the owner
-- cuts [min, max] into the partitions' key ranges.
select min({key})::bigint as key_from, max({key})::bigint as key_to
from ({select}) as changed
