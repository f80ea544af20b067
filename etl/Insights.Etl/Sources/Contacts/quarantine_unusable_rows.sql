-- Moves landed contacts that no model can use from the landing table into quarantine_row, with the first rule they break,
-- before the models build. A contact needs its keys, a time, a channel and direction that are known, and a duration that is
-- not negative. A customer nobody knows yet is not a reason: the contact gets an inferred customer (dim_customer).
-- The channels are the contact channels of ref_channel (migration 0007); codes compare as the models read them (trimmed,
-- lower case).
create or replace temp table unusable as
with known as (
    select list(channel_code order by list_position) as channels,
           ['inbound', 'outbound'] as directions
    from ref_channel
    where is_contact_channel
)

select c.rowid as landing_row, c._source_file, 'contact_id ' || coalesce(c.contact_id::varchar, 'null') as row_ref,
       to_json(struct_pack(*columns(c.* exclude (_source_file))))::varchar as raw_content,
       case when c.contact_id is null then 'contact without contact_id'
            when c.customer_id is null then 'contact without customer_id'
            when c.contacted_at is null then 'contact without contacted_at'
            when event_time_problem('contacted_at', c.contacted_at) is not null then event_time_problem('contacted_at', c.contacted_at)
            when nullif(trim(c.channel), '') is null then 'contact without channel'
            when not list_contains(known.channels, lower(trim(c.channel)))
                then 'unknown channel ''' || c.channel || '''; known: ' || array_to_string(known.channels, ', ')
            when nullif(trim(c.direction), '') is null then 'contact without direction'
            when not list_contains(known.directions, lower(trim(c.direction)))
                then 'unknown direction ''' || c.direction || '''; known: ' || array_to_string(known.directions, ', ')
            when c.duration_seconds < 0 then 'duration_seconds ' || c.duration_seconds || ' is negative' end as quarantine_reason
from landing_contacts as c
cross join known
where quarantine_reason is not null;

insert into quarantine_row (run_id, source, source_file, row_ref, raw_content, reason, quarantined_at)
select $run_id, $source, _source_file, row_ref, raw_content, quarantine_reason, $now from unusable;
delete from landing_contacts where rowid in (select landing_row from unusable);
