-- one row per source that has quarantined rows, by name
select distinct source
from quarantine_row
order by source
