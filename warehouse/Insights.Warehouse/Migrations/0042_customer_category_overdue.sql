-- "Overdue in a category" for the segment builder (issue 20: "overdue (own rhythm or in a category)"). The intervals page
-- computes, per customer and category, whether the customer is overdue (reports/.../Intervals/category_overdue.sql: two or more
-- purchase days of the category and the days since the last at least the overdue factor x the category's median replenishment
-- cycle). Computing it in a preview would take the category gaps of every order line; so the after-load scores step
-- (CustomerScoresStep) writes that query's rows here, with the same settings as its fit, in the transaction that rewrites
-- mart_customer_score, and copies each customer's overdue categories into mart_segment_customer, where a condition is one
-- contains() over a short list, as the top-3 offers.
create table mart_customer_category_overdue (
    -- ids
    customer_id     integer not null,
    category        varchar not null,
    run_id          bigint not null,
    -- dates
    as_of_date      date not null,                 -- the fit's calibration end
    last_purchase_on date not null,                -- the customer's last purchase day of the category
    -- numerics
    count_purchase_days bigint not null,           -- the customer's purchase days of the category
    median_cycle_days double not null,             -- the category's median replenishment cycle
    days_since_last integer not null,
    overdue_ratio   double not null                -- days_since_last / median_cycle_days (>= the overdue factor)
);

-- the categories a customer is overdue in, sorted, each closed by chr(31) on both sides (chr(31): none), as top3_offers; the
-- scores step fills it for everyone on its next run (a new build always refits)
alter table mart_segment_customer add column overdue_categories varchar;
update mart_segment_customer set overdue_categories = chr(31);
