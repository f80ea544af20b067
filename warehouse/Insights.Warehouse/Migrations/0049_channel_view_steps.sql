-- The steps of the service report's channels view, written once (as migration 0046 does for "what contacts lead to"): its
-- statements from every contact (contacts.sql, active_months.sql) and from the load's mart_contact_month
-- (contacts_marts.sql, active_months_marts.sql) each repeated the grouping of the contacts and the active customers per
-- month, and lapse.sql and lapse_marts.sql the lapse table's counts; now both paths call these macros, so they cannot drift
-- apart (ChannelsQueryTests, ContactMonthMartTests and ContactControlsTests still compare them on hand-made worlds). A
-- caller's relation (a CTE) passes by name and is read with query_table. Parameters are named unlike any column (a parameter
-- hides a column of its name inside a macro).

-- one row per grouping of a view's contacts: month x channel (the stacked chart), channel, CRM face, direction and the total,
-- each with its contacts, distinct customers, inbound and outbound contacts, and durations. view_contacts names the caller's
-- relation (a CTE) of contact rows: month_start, channel_key, channel_code, channel_name, crm_face, direction, customer_id,
-- count_contacts, count_with_duration and total_duration_seconds (a row of mart_contact_month, or one contact: 1, 1 or 0, its
-- duration). The mean duration is the durations' sum over the contacts with one (what avg divides: a missing duration is left
-- out, never 0); sums are coalesced to 0, as count gives for the total row of no contact.
create or replace macro channel_contact_groups(view_contacts) as table
select
    case
        when grouping(month_start) = 0 then 'month_channel'
        when grouping(channel_key) = 0 then 'channel'
        when grouping(crm_face) = 0 then 'face'
        when grouping(direction) = 0 then 'direction'
        else 'total'
    end as grouped_by,
    month_start,
    channel_key,
    channel_code,
    channel_name,
    crm_face,
    direction,
    coalesce(sum(count_contacts), 0)::bigint as count_contacts,
    count(distinct customer_id) as count_customers,
    coalesce(sum(count_contacts) filter (where direction = 'inbound'), 0)::bigint as count_inbound,
    coalesce(sum(count_contacts) filter (where direction = 'outbound'), 0)::bigint as count_outbound,
    coalesce(sum(count_with_duration), 0)::bigint as count_with_duration,
    sum(total_duration_seconds)::double / nullif(sum(count_with_duration), 0) as mean_duration_seconds
from query_table(view_contacts)
group by grouping sets (
    (month_start, channel_key, channel_code, channel_name, crm_face),
    (channel_key, channel_code, channel_name, crm_face),
    (crm_face),
    (direction),
    ()
);

-- the first and last month of a view: those of from_date and to_date, or where an end is open (null), the month of the first
-- or last of its contacts (view_contacts: the caller's relation of contact rows with their month_start); null when neither
-- gives one
create or replace macro channel_view_bounds(view_contacts, from_date, to_date) as table
select
    coalesce(date_trunc('month', from_date::date)::date, min(month_start)) as first_month,
    coalesce(date_trunc('month', to_date::date)::date, max(month_start)) as last_month
from query_table(view_contacts);

-- one row per stretch of months in which a customer is active (mart_customer_active_span: a completed order in the month or
-- the 12 months before, cut by the customer versions in force at the months' ends), of the stretches in region_name whose
-- customer's current RFM segment is segment_name and who is a member of saved segment segment_key (null: any), clipped to the
-- view's months [view_first_month, view_last_month]; a stretch outside them is left out
create or replace macro channel_active_stretches(view_first_month, view_last_month, region_name, segment_name, segment_key) as table
select * from (
    select
        s.customer_id,
        greatest(s.start_month, view_first_month::date) as start_month,
        least(s.end_month, view_last_month::date) as end_month
    from mart_customer_active_span as s
    left join mart_customer_rfm as r on r.customer_id = s.customer_id
    where (region_name::varchar is null or s.region = region_name::varchar)
      and (segment_name::varchar is null or r.segment = segment_name::varchar)
      and (segment_key::integer is null or s.customer_id in (select customer_id from app_segment_member where segment_id = segment_key::integer))
)
where start_month <= end_month;

-- one row per month of [view_first_month, view_last_month] (none when either is null) with its active customers
-- (channel_active_stretches with the same filters), as a running sum: +1 where a stretch starts, -1 the month after it ends
create or replace macro channel_active_months(view_first_month, view_last_month, region_name, segment_name, segment_key) as table
with months as (
    select unnest(generate_series(view_first_month::timestamp, view_last_month::timestamp, interval 1 month))::date as month_start
    where view_first_month is not null and view_last_month is not null
),

stretches as (
    select * from channel_active_stretches(view_first_month, view_last_month, region_name, segment_name, segment_key)
),

deltas as (
    select month_start, sum(delta) as delta
    from (
        select start_month as month_start, 1 as delta from stretches
        union all
        select (end_month + interval 1 month)::date, -1 from stretches
    )
    group by month_start
)

select
    months.month_start,
    coalesce(sum(coalesce(d.delta, 0)) over (order by months.month_start rows between unbounded preceding and current row), 0)::bigint
        as count_active
from months
left join deltas as d on d.month_start = months.month_start;

-- one row per contact channel of "what contacts lead to"'s lapse table (lapse.sql, lapse_marts.sql, which find each customer's
-- last contact their own way): last_contacts names the caller's relation of last contacts, one per customer, with
-- channel_key, has_prior_order and contact_windows' is_followable (judgeable: the window ends by the data's last day) and
-- is_followed (ordered within it). Counted: the last contacts, those too recent to judge, the judgeable ones of customers who
-- never bought before, of those who had, and of those how many lapsed (no order within the window)
create or replace macro contact_lapse_counts(last_contacts) as table
with grouped as (
    select
        channel_key,
        count(*) as count_last_contacts,
        count(*) filter (where not coalesce(is_followable, false)) as count_too_recent,
        count(*) filter (where coalesce(is_followable, false) and not has_prior_order) as count_never_bought,
        count(*) filter (where coalesce(is_followable, false) and has_prior_order) as count_customers,
        count(*) filter (where coalesce(is_followable, false) and has_prior_order and not is_followed) as count_lapsed
    from query_table(last_contacts)
    group by channel_key
)

select
    g.channel_key,
    ch.channel_code,
    ch.channel_name,
    ch.crm_face,
    g.count_last_contacts,
    g.count_too_recent,
    g.count_never_bought,
    g.count_customers,
    g.count_lapsed
from grouped as g
join dim_channel as ch on ch.channel_key = g.channel_key;
