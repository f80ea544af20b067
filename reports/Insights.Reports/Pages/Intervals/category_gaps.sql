-- Shared by category_cycles.sql, category_cycle_weeks.sql and category_overdue.sql: run once per connection, then they read
-- these two temp tables (computing them once instead of once per query was most of the categories section's time at SF10).
-- category_days: one row per customer, product category and day the customer bought it (completed purchases on or before
-- $calibration_end; of saved segment $segment_id's members, null: everyone). gaps: those rows with the days since the customer's previous purchase day of the category (null on the
-- first one).
create or replace temp table category_days as
select distinct
    customers.customer_id,
    products.category,
    purchase_on(lines.ordered_at) as purchase_on
from fct_order_line as lines
join dim_customer as customers on customers.customer_key = lines.customer_key
join dim_product as products on products.product_key = lines.product_key
where lines.order_status = 'completed'
  and lines.ordered_at < $calibration_end::date + 1
  and ($segment_id::integer is null or customers.customer_id in (select customer_id from app_segment_member where segment_id = $segment_id::integer));

create or replace temp table gaps as
select
    category,
    date_diff('day', lag(purchase_on) over (partition by customer_id, category order by purchase_on), purchase_on) as gap_days
from category_days;
