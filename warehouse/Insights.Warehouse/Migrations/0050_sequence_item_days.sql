-- The days the sequences view counts, written once: its page path (sequence_firsts.sql, counted in .NET) and its wide-level
-- path (sequences.sql, also the tests' reference) each repeated them; both call this macro now, so the two cannot drift apart
-- (SequencesPathsTests compares them). Parameters are named unlike any column (a parameter hides a column of its name).

-- one row per customer and item bought in [from_date, to_date] (null = open): the first and last purchase day of it. Items are
-- categories when level_name is 'category' (from mart_customer_category_order, one row per completed order and category, kept
-- by the load with the order lines), else products (the completed order lines of the period, period_lines); DuckDB drops the
-- branch level_name rules out. An order's lines share its time, and a purchase day is its date (purchase_on). Only the
-- customers of RFM segment segment_name and of saved segment segment_key (null: any).
create or replace macro sequence_item_days(level_name, from_date, to_date, segment_name, segment_key) as table
with item_days as (
    select customer_id, category as item, min(purchase_on(ordered_at)) as first_on, max(purchase_on(ordered_at)) as last_on
    from mart_customer_category_order
    where level_name::varchar = 'category' and in_period(ordered_at, from_date, to_date)
    group by all
    union all
    select customer_id, product_name, min(purchase_on(ordered_at)), max(purchase_on(ordered_at))
    from period_lines(from_date, to_date)
    where level_name::varchar <> 'category'
    group by all
)

select * from item_days
where (segment_name::varchar is null or customer_id in (select customer_id from mart_customer_rfm where segment = segment_name::varchar))
  and (segment_key::integer is null or customer_id in (select customer_id from app_segment_member where segment_id = segment_key::integer));
