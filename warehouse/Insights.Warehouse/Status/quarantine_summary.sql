-- one row per (source, reason) of the quarantined rows that match the filters, most rows first, the $limit largest groups,
-- each carrying the number of groups and of rows over all of them (window totals are taken before the limit)
with matching as (
    select source, reason
    from quarantine_row
    where ($source is null or source = $source)
      and ($run_id is null or run_id = $run_id)
      and ($reason is null or contains(lower(reason), lower($reason)))
),

grouped as (
    select source, reason, count(*) as count_rows
    from matching
    group by source, reason
)

select
    source,
    reason,
    count_rows,
    count(*) over () as count_groups,
    (sum(count_rows) over ())::bigint as count_total
from grouped
order by count_rows desc, source, reason
limit $limit
