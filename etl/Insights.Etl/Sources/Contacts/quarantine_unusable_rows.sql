-- Moves landed contacts that no model can use from the landing table into quarantine_row, with the reason, before the models build.
insert into quarantine_row (run_id, source, source_file, row_ref, raw_content, reason, quarantined_at)
select $run_id, $source, _source_file, 'contact_id ' || coalesce(contact_id::varchar, 'null'),
       to_json(c)::varchar,
       case when contact_id is null then 'contact without contact_id'
            when customer_id is null then 'contact without customer_id'
            when contacted_at is null then 'contact without contacted_at'
            else 'contact without channel' end,
       $now
from landing_contacts c
where contact_id is null or customer_id is null or contacted_at is null or channel is null;
delete from landing_contacts where contact_id is null or customer_id is null or contacted_at is null or channel is null;
