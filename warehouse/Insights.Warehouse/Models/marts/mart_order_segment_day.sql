-- one row per day, order channel, region (the customer version in force at the order), the customer's current RFM segment
-- and kind of count: mart_order_day's completed orders (per_category false: every order once; true: the orders with a line in
-- the category) split by segment (see migration 0061). The complaints view with an RFM segment filter sums the segment's rows
-- instead of counting every completed order of the period joined to the customer versions. The segment is the customer's in
-- mart_customer_rfm, which every scoring recomputes for everyone; mart_order_segment_customer keeps the segment each
-- customer's orders are counted under, so a build (as mart_sale_segment_day does for the lines):
--   1. recomputes whole the months of this run's orders (batch_months, as mart_order_day), with today's segments;
--   2. moves the orders of the other months of the customers whose segment changed (new, gone or another) from the old
--      segment's rows to the new one's (subtracts them from the one, adds them to the other, drops rows left with no order);
--   3. records those customers' new segments.
-- Every row under $full or while either table is empty. This file writes both tables (the second is the first's bookkeeping).
-- inputs: mart_customer_order, mart_customer_category_order, dim_customer, mart_customer_rfm, batch_months, mart_order_segment_customer
create or replace temp table batch_order_segment_build as
select
    $full or not exists (select 1 from mart_order_segment_day)
        or not exists (select 1 from mart_order_segment_customer) as is_all;

-- customers whose current segment is not the one their orders are counted under
create or replace temp table batch_order_segment_moves as
select coalesce(counted.customer_id, scored.customer_id) as customer_id, counted.segment as old_segment,
       scored.segment as new_segment
from mart_order_segment_customer as counted
full join mart_customer_rfm as scored on scored.customer_id = counted.customer_id
where counted.segment is distinct from scored.segment
  and not (select is_all from batch_order_segment_build);

-- 2. the moved customers' orders outside the recomputed months, as changes per row: minus under the old segment, plus under
-- the new (the region of the customer version in force at the order, as the rows were counted)
create or replace temp table batch_order_segment_changes as
with moved_orders as (
    select orders.order_id, orders.ordered_at::date as ordered_on, orders.channel_code, customers.region,
           moves.old_segment, moves.new_segment
    from mart_customer_order as orders
    join batch_order_segment_moves as moves on moves.customer_id = orders.customer_id
    join dim_customer as customers
        on customers.customer_id = orders.customer_id
       and orders.ordered_at >= customers.valid_from and orders.ordered_at < customers.valid_to
    where date_trunc('month', orders.ordered_at)::date not in (select month_start from batch_months)
),

moved_rows as (
    select ordered_on, channel_code, region, false as per_category, null::varchar as category, old_segment, new_segment
    from moved_orders
    union all
    select moved_orders.ordered_on, moved_orders.channel_code, moved_orders.region, true, category_rows.category,
           moved_orders.old_segment, moved_orders.new_segment
    from mart_customer_category_order as category_rows
    join moved_orders on moved_orders.order_id = category_rows.order_id
),

changes as (
    select ordered_on, channel_code, region, old_segment as segment, per_category, category, -1 as orders
    from moved_rows
    union all
    select ordered_on, channel_code, region, new_segment, per_category, category, 1
    from moved_rows
)

select ordered_on, channel_code, region, segment, per_category, category, sum(orders) as orders
from changes
group by ordered_on, channel_code, region, segment, per_category, category;

-- the rows those changes land on
create or replace temp table batch_order_segment_touched as
select kept.rowid as row_id
from mart_order_segment_day as kept
semi join batch_order_segment_changes as changes
  on changes.ordered_on = kept.ordered_on and changes.per_category = kept.per_category
 and changes.channel_code is not distinct from kept.channel_code and changes.region is not distinct from kept.region
 and changes.segment is not distinct from kept.segment and changes.category is not distinct from kept.category;

create or replace temp table batch_order_segment_changed_rows as
select ordered_on, channel_code, region, segment, per_category, category, sum(orders)::bigint as orders
from (
    select ordered_on, channel_code, region, segment, per_category, category, orders
    from mart_order_segment_day
    where rowid in (select row_id from batch_order_segment_touched)
    union all
    select ordered_on, channel_code, region, segment, per_category, category, orders
    from batch_order_segment_changes
)
group by ordered_on, channel_code, region, segment, per_category, category
having sum(orders) <> 0;

delete from mart_order_segment_day
where (select is_all from batch_order_segment_build)
   or date_trunc('month', ordered_on)::date in (select month_start from batch_months)
   or rowid in (select row_id from batch_order_segment_touched);

insert into mart_order_segment_day by name
select * from batch_order_segment_changed_rows;

-- 1. the recomputed months (every month under a full build), with the current segments; written by segment first, so a
-- view's segment filter reads few row groups
insert into mart_order_segment_day by name
with orders as (
    select order_id, customer_id, ordered_at, channel_code from mart_customer_order
    where (select is_all from batch_order_segment_build)
       or date_trunc('month', ordered_at)::date in (select month_start from batch_months)
),

-- the region of the customer version in force at the order; an order outside every version is left out, as the view does
orders_in_region as (
    select orders.order_id, orders.ordered_at::date as ordered_on, orders.channel_code, customers.region, scores.segment
    from orders
    join dim_customer as customers
        on customers.customer_id = orders.customer_id
       and orders.ordered_at >= customers.valid_from and orders.ordered_at < customers.valid_to
    left join mart_customer_rfm as scores on scores.customer_id = orders.customer_id
),

category_orders as (
    select orders_in_region.ordered_on, orders_in_region.channel_code, orders_in_region.region, orders_in_region.segment,
           category_rows.category
    from mart_customer_category_order as category_rows
    join orders_in_region on orders_in_region.order_id = category_rows.order_id
),

final as (
    select ordered_on, channel_code, region, segment, false as per_category, null::varchar as category, count(*) as orders
    from orders_in_region
    group by ordered_on, channel_code, region, segment
    union all
    select ordered_on, channel_code, region, segment, true, category, count(*)
    from category_orders
    group by ordered_on, channel_code, region, segment, category
)

select * from final
order by segment, ordered_on, per_category, channel_code, region, category;

-- 3. the segments the orders are now counted under
delete from mart_order_segment_customer
where (select is_all from batch_order_segment_build)
   or customer_id in (select customer_id from batch_order_segment_moves);

insert into mart_order_segment_customer by name
select customer_id, segment
from mart_customer_rfm
where (select is_all from batch_order_segment_build)
   or customer_id in (select customer_id from batch_order_segment_moves);
