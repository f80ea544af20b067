-- one row per quarantined source row that matches the filters: newest run first, then file and line order, paged
with matching as (
    select
        rowid as row_order,
        run_id, source, source_file, row_ref, raw_content, reason, quarantined_at
    from quarantine_row
    where ($source is null or source = $source)
      and ($run_id is null or run_id = $run_id)
      and ($reason is null or contains(lower(reason), lower($reason)))
)

select run_id, source, source_file, row_ref, raw_content, reason, quarantined_at
from matching
-- row_ref is 'line 9', 'line 10', 'contact_id 7'...: shorter first then text sorts the numbers of one prefix in numeric order;
-- row_order (insertion order) makes the order total, so pages never overlap
order by run_id desc, source_file nulls first, length(row_ref), row_ref, row_order
limit $limit offset $offset
