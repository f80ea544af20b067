-- Moves the shop's orders whose channel or status is not one the shop uses into quarantine_row, with the reason and the codes
-- that are known, before the other rules run (so their lines follow them as orders never loaded). These lists are the shop's:
-- they apply to its exports and database (source 'operational'), not to mapped file sources, which bring codes of their own.
-- The order channels are those of ref_channel (migration 0007); codes compare as the models read them (trimmed, lower
-- case), so 'Web' is web.
create or replace temp table unusable as
with known as (
    select list(channel_code order by list_position) as channels, ['completed', 'cancelled'] as statuses
    from ref_channel
    where is_order_channel
)

select o.rowid as landing_row, o._source_file, 'order_id ' || coalesce(o.order_id::varchar, 'null') as row_ref,
       to_json(struct_pack(*columns(o.* exclude (_source_file))))::varchar as raw_content,
       case when not list_contains(known.channels, lower(trim(o.channel)))
                then 'unknown channel ''' || o.channel || '''; known: ' || array_to_string(known.channels, ', ')
            when not list_contains(known.statuses, lower(trim(o.status)))
                then 'unknown status ''' || o.status || '''; known: ' || array_to_string(known.statuses, ', ') end as quarantine_reason
from landing_orders as o
cross join known
where quarantine_reason is not null;

insert into quarantine_row (run_id, source, source_file, row_ref, raw_content, reason, quarantined_at)
select $run_id, $source, _source_file, row_ref, raw_content, quarantine_reason, $now from unusable;
delete from landing_orders where rowid in (select landing_row from unusable);
