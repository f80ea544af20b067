-- The intervals page's category section (issue 22: every page fast at SF10, the site within 2 GiB). Its default view built
-- every customer's purchase days per category from the 20 M order lines (category_gaps.sql) after each load: 20 s at SF10, and
-- the site's peak memory, while the after-load scores step had just computed the same gaps for its category overdue rows
-- (migration 0042). The step now also writes the cycles it computed here (the same queries, category_cycles.sql and
-- category_cycle_weeks.sql), and the page reads the default view's cycles from here and its overdue customers from
-- mart_customer_category_overdue when the kept fit answers the view (IntervalsMart: its calibration end, no segment, its
-- overdue factor, nothing the step reads changed since).

-- one row per product category with a replenishment gap: the category_cycles.sql row and the category_cycle_weeks.sql counts of
-- the fit of run_id
create table mart_category_cycle (
    -- ids
    category        varchar not null,
    run_id          bigint not null,
    -- dates
    as_of_date      date not null,                 -- the fit's calibration end
    -- numerics
    count_gaps      bigint not null,
    mean_gap_days   double not null,
    p25_gap_days    double not null,
    median_gap_days double not null,
    p75_gap_days    double not null,
    gaps_per_week   bigint[] not null              -- the gaps of 0..25 whole weeks, and (the 27th) 26 weeks or more
);

-- the run whose fit wrote mart_category_cycle (null: not written: every fit before this migration, or no purchases), as
-- category_overdue_run_id says of the overdue rows (migration 0048)
alter table mart_customer_score_fit add column category_cycle_run_id bigint;
