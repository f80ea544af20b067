-- one row per day of sale, region (the customer version of the line), product and the customer's current RFM segment: the
-- completed order lines sold, their quantity and net amount (see migration 0037). The returns view with an RFM segment filter
-- sums the segment's rows instead of every line of the period joined to the customers and their scores. The segment is the
-- customer's in mart_customer_rfm, which every scoring recomputes for everyone; mart_sale_segment_customer keeps the segment
-- each customer's lines are counted under, so a build:
--   1. recomputes whole the days of this run's orders (batch_order_days, as mart_sale_day), with today's segments;
--   2. moves the lines of the other days of the customers whose segment changed (new, gone or another) from the old
--      segment's rows to the new one's (subtracts them from the one, adds them to the other, drops rows left with no line);
--   3. records those customers' new segments.
-- Every row under $full or while either table is empty. This file writes both tables (the second is the first's bookkeeping).
-- inputs: fct_order_line, dim_customer, mart_customer_rfm, batch_order_days, mart_sale_segment_customer
create or replace temp table batch_sale_segment_build as
select
    $full or not exists (select 1 from mart_sale_segment_day)
        or not exists (select 1 from mart_sale_segment_customer) as is_all;

create or replace temp table batch_sale_segment_days as
select distinct ordered_on as sold_on from batch_order_days;

-- customers whose current segment is not the one their lines are counted under
create or replace temp table batch_sale_segment_moves as
select coalesce(counted.customer_id, scored.customer_id) as customer_id, counted.segment as old_segment,
       scored.segment as new_segment
from mart_sale_segment_customer as counted
full join mart_customer_rfm as scored on scored.customer_id = counted.customer_id
where counted.segment is distinct from scored.segment
  and not (select is_all from batch_sale_segment_build);

-- 2. the moved customers' lines outside the recomputed days, as changes per row: minus under the old segment, plus under the new
create or replace temp table batch_sale_segment_changes as
with moved_lines as (
    select lines.ordered_at::date as sold_on, customers.region, lines.product_key, moves.old_segment, moves.new_segment,
           lines.quantity, lines.net_amount
    from fct_order_line as lines
    join dim_customer as customers on customers.customer_key = lines.customer_key
    join batch_sale_segment_moves as moves on moves.customer_id = customers.customer_id
    where lines.order_status = 'completed'
      and lines.ordered_at::date not in (select sold_on from batch_sale_segment_days)
),

changes as (
    select sold_on, region, product_key, old_segment as segment, -quantity as quantity, -net_amount as net_amount, -1 as count_lines
    from moved_lines
    union all
    select sold_on, region, product_key, new_segment, quantity, net_amount, 1
    from moved_lines
)

select sold_on, region, product_key, segment, sum(quantity) as sold_quantity, sum(net_amount) as net_amount,
       sum(count_lines) as count_lines
from changes
group by sold_on, region, product_key, segment;

-- the rows those changes land on
create or replace temp table batch_sale_segment_touched as
select kept.rowid as row_id
from mart_sale_segment_day as kept
semi join batch_sale_segment_changes as changes
  on changes.sold_on = kept.sold_on and changes.product_key = kept.product_key
 and changes.region is not distinct from kept.region and changes.segment is not distinct from kept.segment;

create or replace temp table batch_sale_segment_changed_rows as
select sold_on, region, product_key, segment, sum(sold_quantity)::bigint as sold_quantity,
       sum(net_amount)::decimal(18, 2) as net_amount, sum(count_lines)::bigint as count_lines
from (
    select sold_on, region, product_key, segment, sold_quantity, net_amount, count_lines
    from mart_sale_segment_day
    where rowid in (select row_id from batch_sale_segment_touched)
    union all
    select sold_on, region, product_key, segment, sold_quantity, net_amount, count_lines
    from batch_sale_segment_changes
)
group by sold_on, region, product_key, segment
having sum(count_lines) <> 0;

delete from mart_sale_segment_day
where (select is_all from batch_sale_segment_build)
   or sold_on in (select sold_on from batch_sale_segment_days)
   or rowid in (select row_id from batch_sale_segment_touched);

insert into mart_sale_segment_day by name
select * from batch_sale_segment_changed_rows;

-- 1. the recomputed days (every day under a full build), with the current segments
insert into mart_sale_segment_day by name
with lines as (
    select ordered_at::date as sold_on, customer_key, product_key, quantity, net_amount
    from fct_order_line
    where order_status = 'completed'
      and ((select is_all from batch_sale_segment_build)
           or (ordered_at >= (select min(sold_on) from batch_sale_segment_days)
               and ordered_at::date in (select sold_on from batch_sale_segment_days)))
),

final as (
    select
        -- grain
        lines.sold_on,
        customers.region,
        lines.product_key,
        scores.segment,
        -- numerics
        sum(lines.quantity)::bigint as sold_quantity,
        sum(lines.net_amount)::decimal(18, 2) as net_amount,
        count(*) as count_lines
    from lines
    join dim_customer as customers on customers.customer_key = lines.customer_key
    left join mart_customer_rfm as scores on scores.customer_id = customers.customer_id
    group by lines.sold_on, customers.region, lines.product_key, scores.segment
)

select * from final;

-- 3. the segments the lines are now counted under
delete from mart_sale_segment_customer
where (select is_all from batch_sale_segment_build)
   or customer_id in (select customer_id from batch_sale_segment_moves);

insert into mart_sale_segment_customer by name
select customer_id, segment
from mart_customer_rfm
where (select is_all from batch_sale_segment_build)
   or customer_id in (select customer_id from batch_sale_segment_moves);
