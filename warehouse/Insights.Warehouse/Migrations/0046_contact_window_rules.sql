-- The rules of the service report's "what contacts lead to" view, written once (as migration 0014 does for the shared rules):
-- its computed statements (attribution.sql, lapse.sql) and its mart statements (attribution_marts.sql, lapse_marts.sql) each
-- repeated the view's contacts with their N-day window and the list of control days; now all four call these macros, so the
-- two paths cannot drift apart (AttributionQueryTests and ContactControlsTests still compare them on hand-made worlds).
-- Parameters are named unlike any column (a parameter hides a column of its name inside a macro).

-- the data's last day: the latest completed order's day (a window that ends after it cannot be judged yet)
create or replace macro contact_data_last_day() as (select max(ordered_at)::date from mart_customer_order);

-- one row per contact of the view (mart_contact_followup, every column) of [from_date, to_date] (whole days; null = open), of
-- customers in region_name (the version in force at the contact), whose current RFM segment is segment_name, members of saved
-- segment segment_key (null: any), with its day and its window of window_days days: followable when the window ends by the
-- data's last day (data_last_day), followed when the customer's next completed order after the contact falls at most window_days
-- calendar days after the contact's day (day N counts, day N + 1 does not)
create or replace macro contact_windows(from_date, to_date, region_name, segment_name, segment_key, window_days, data_last_day) as table
select
    u.*,
    u.contacted_at::date as contacted_on,
    u.contacted_at::date + window_days::integer <= data_last_day::date as is_followable,
    coalesce(u.next_ordered_at::date <= u.contacted_at::date + window_days::integer, false) as is_followed
from mart_contact_followup as u
where in_period(u.contacted_at, from_date, to_date)
  and (region_name::varchar is null or u.region = region_name::varchar)
  and (segment_name::varchar is null or u.customer_id in (select customer_id from mart_customer_rfm where segment = segment_name::varchar))
  and (segment_key::integer is null or u.customer_id in (select customer_id from app_segment_member where segment_id = segment_key::integer));

-- one row per control day of a view: the 1st of each month from the later of from_date and the month of the first contact
-- (first_contacted_on; never before the data, where no order could follow) to the earlier of to_date (or the last contact,
-- last_contacted_on) and window_days before the data's last day (data_last_day), so its window ends by it. None without contacts.
create or replace macro contact_control_days(from_date, to_date, window_days, first_contacted_on, last_contacted_on, data_last_day) as table
with bounds as (
    select
        greatest(from_date::date, date_trunc('month', first_contacted_on::date)::date) as first_on,
        least(coalesce(to_date::date, last_contacted_on::date), data_last_day::date - window_days::integer) as last_on
)

select anchor_on from (
    select unnest(generate_series(date_trunc('month', first_on)::timestamp, last_on::timestamp, interval 1 month))::date as anchor_on
    from bounds
    where first_on is not null and last_on is not null
)
where anchor_on >= (select first_on from bounds);
