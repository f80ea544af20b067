-- Saved segments get a key (issue 20). app_segment (migration 0022) had none: a save took max(segment_id) + 1, and a copy of the
-- SF10 warehouse once listed a segment twice, so `segment save --id 1` failed ("Sequence contains more than one element").
-- The cause was save_segment.sql: its "new id" insert aggregated max(segment_id) under `where $segment_id is null`, and an
-- aggregate over no rows still gives one row, so saving over segment N also inserted a copy with id 1 (fixed with this
-- migration). From here segment_id is the primary key and names are unique without regard to case (an index on lower(name),
-- as the save's check compares them), so neither can be doubled again.
-- Existing duplicates are kept, none is lost:
--   * a second (third, ...) row with an id already taken, oldest first, gets a new id after the highest one; its size history
--     and members stay with the original id (they cannot be told apart), and the next evaluation records it afresh;
--   * a second (third, ...) segment with a name already taken, by id, gets " (segment <its id>)" appended (the name cut so the
--     whole stays within the 80 characters a save allows).
-- DuckDB cannot add a primary key to a table that has rows with ALTER TABLE, so the table is rebuilt under its own name.

create table app_segment_keyed (
    segment_id      integer primary key,
    name            varchar not null,
    description     varchar not null,
    definition      varchar not null,
    created_by      varchar not null,
    created_at      timestamp not null,
    updated_by      varchar not null,
    updated_at      timestamp not null
);

insert into app_segment_keyed
with copies as (
    select
        *,
        row_number() over (partition by segment_id order by created_at, updated_at, name, definition) as copy_number
    from app_segment
),

renumbered as (
    select
        case when copy_number = 1 then segment_id
             else (select coalesce(max(segment_id), 0) from app_segment)
                  + row_number() over (partition by copy_number > 1 order by segment_id, copy_number)
        end as segment_id,
        name, description, definition, created_by, created_at, updated_by, updated_at
    from copies
),

named as (
    select *, row_number() over (partition by lower(name) order by segment_id) as name_number
    from renumbered
)

select
    segment_id,
    case when name_number = 1 then name
         else left(name, 80 - length(' (segment ' || segment_id || ')')) || ' (segment ' || segment_id || ')'
    end,
    description, definition, created_by, created_at, updated_by, updated_at
from named;

drop table app_segment;

alter table app_segment_keyed rename to app_segment;

create unique index app_segment_name on app_segment (lower(name));
