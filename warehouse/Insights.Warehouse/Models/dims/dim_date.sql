-- one row per calendar day; extended to whole years around every date this run's events use (never shrinks)
-- inputs: stg_orders, stg_returns, stg_contacts, stg_complaints, batch_orders, batch_returns, batch_contacts, batch_complaints
create or replace temp table batch_event_dates as
select ordered_at::date as event_on from stg_orders where order_id in (select order_id from batch_orders)
union all select returned_at::date from stg_returns where return_id in (select return_id from batch_returns)
union all select contacted_at::date from stg_contacts where contact_id in (select contact_id from batch_contacts)
union all select opened_at::date from stg_complaints where complaint_id in (select complaint_id from batch_complaints)
union all select resolved_at::date from stg_complaints where complaint_id in (select complaint_id from batch_complaints);

insert into dim_date by name
with bounds as (
    select
        make_date(year(min(event_on)), 1, 1) as first_on,
        make_date(year(max(event_on)), 12, 31) as last_on
    from batch_event_dates
    where event_on is not null
),

days as (
    select unnest(generate_series(first_on, last_on, interval 1 day))::date as full_date
    from bounds
    where first_on is not null
),

final as (
    select
        (year(full_date) * 10000 + month(full_date) * 100 + day(full_date))::integer as date_key,
        full_date,
        year(full_date)::integer as year,
        quarter(full_date)::integer as quarter,
        month(full_date)::integer as month,
        monthname(full_date) as month_name,
        date_trunc('month', full_date)::date as month_start,
        weekofyear(full_date)::integer as iso_week,
        isodow(full_date)::integer as day_of_week,
        dayname(full_date) as day_name,
        isodow(full_date) >= 6 as is_weekend
    from days
    where full_date not in (select full_date from dim_date)
)

select * from final;
