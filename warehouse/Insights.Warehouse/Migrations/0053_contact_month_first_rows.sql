-- The channels view's distinct customers without a distinct (issue 17/22: every first view at SF10 within 1 s; the channels
-- view took 1.89 s p95, most of it counting distinct customers five ways over up to 2.4 M mart_contact_month rows under
-- grouping sets). Each row now carries, per grouping of the view, the month of the same customer's previous row in that
-- grouping (rows of a customer ordered by month, channel, direction, region; null: none before), with and without the
-- region (a region filter keeps only that region's rows). A customer then counts once in a group of a month range
-- [a, b] through the one row of the range whose previous row lies before a (or is none): distinct customers become a count
-- of rows, so the view sums a customer-month table once, grouped by month, channel and direction, and rolls that up.
-- The table is rebuilt empty with the new columns: the model (Models/marts/mart_contact_month.sql) fills it whole at the next
-- `etl run` (named in etl_model_pending); until then the view reads the contacts (contacts.sql), as after migration 0045.

drop table mart_contact_month;

-- one row per customer (business id), month, contact channel, direction and region (the customer version in force at the contacts)
create table mart_contact_month (
    customer_id             integer not null,
    month_start             date not null,              -- first day of the contacts' month
    channel_key             integer not null,
    direction               varchar not null,           -- inbound, outbound
    region                  varchar not null,           -- of the customer version in force at the contacts
    count_contacts          bigint not null,
    count_with_duration     bigint not null,            -- contacts with a duration (a missing one is left out of the mean)
    total_duration_seconds  bigint,                     -- their durations' sum (null: none has one)
    active_region           varchar,                    -- region of the customer's active stretch holding the month (null: not active)
    -- the month of the customer's previous row (null: none) among their rows ...
    prev_customer_month                 date,           -- ... of any channel, direction and region (the total)
    prev_channel_month                  date,           -- ... of this channel
    prev_face_month                     date,           -- ... of this channel's CRM face
    prev_direction_month                date,           -- ... of this direction
    prev_channel_direction_month        date,           -- ... of this channel and direction (a channel filter's directions)
    -- and the same among their rows of this region
    prev_customer_region_month          date,
    prev_channel_region_month           date,
    prev_face_region_month              date,
    prev_direction_region_month         date,
    prev_channel_direction_region_month date
);

-- whether a row whose previous row in a grouping is in prev_month is the customer's first one in that grouping from
-- from_month on (null: the period has no start, so only a row with no previous one is first)
create or replace macro first_from(prev_month, from_month) as coalesce(prev_month < from_month, prev_month is null);

-- channel_active_stretches (migration 0049) joined every active stretch to mart_customer_rfm for the segment filter, also
-- without one (at SF10 886 k stretches to 880 k scores: most of the months statement); the same rows now take the segment's
-- customers as a semi join, empty when no segment is asked (mart_customer_rfm holds one row per customer, so a left join
-- never repeated a stretch)
create or replace macro channel_active_stretches(view_first_month, view_last_month, region_name, segment_name, segment_key) as table
select * from (
    select
        s.customer_id,
        greatest(s.start_month, view_first_month::date) as start_month,
        least(s.end_month, view_last_month::date) as end_month
    from mart_customer_active_span as s
    where (region_name::varchar is null or s.region = region_name::varchar)
      and (segment_name::varchar is null
           or s.customer_id in (select customer_id from mart_customer_rfm where segment = segment_name::varchar))
      and (segment_key::integer is null or s.customer_id in (select customer_id from app_segment_member where segment_id = segment_key::integer))
)
where start_month <= end_month;

-- (a new warehouse runs 0045 and this one in a row: the model may be named already)
insert into etl_model_pending (model)
select 'mart_contact_month'
where 'mart_contact_month' not in (select model from etl_model_pending);
