-- one row per calendar day, covering whole years around every date the facts use
with event_dates as (
    select ordered_at::date as event_on from stg_orders
    union all select returned_at::date from stg_returns
    union all select contacted_at::date from stg_contacts
    union all select opened_at::date from stg_complaints
    union all select resolved_at::date from stg_complaints where resolved_at is not null
),

bounds as (
    select
        make_date(year(coalesce(min(event_on), current_date)), 1, 1) as first_on,
        make_date(year(coalesce(max(event_on), current_date)), 12, 31) as last_on
    from event_dates
),

days as (
    select unnest(generate_series(first_on, last_on, interval 1 day))::date as full_date
    from bounds
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
)

select * from final
