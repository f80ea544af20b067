-- one row per distinct basket of the completed order lines baskets.sql reads (the same filters): the basket's item ids as a
-- bit mask (item i is bit i; BasketQuery takes this path only while the level has at most 64 items, as the category level
-- has) and how many orders hold exactly that set: the page receives the distinct baskets only (3,181 for 2.06 M lines at
-- SF1). Measured at SF1 on a busy machine (load 15-20) the statement took 1.5 s against 1.2-1.4 s for sending the sorted
-- lines (without the .NET grouping): no clear gain yet (docs/performance-history.md, issue 22, branch xs22).
-- The saved segment's orders are its members' orders, joined from the members (none without $segment_id): DuckDB does not
-- drop a subquery behind "$segment_id is null or", and the former one kept every order of mart_customer_order when
-- $segment_id was null, so each line was looked up in a table of 6.5 M orders at SF10 (a year's product lines 1.86 → 1.13 s).
with lines as (
    select order_id, item_id
    from basket_lines($level, $from, $to, $segment)
    where $segment_id::integer is null
       or order_id in (select o.order_id
                       from app_segment_member as m
                       join mart_customer_order as o on o.customer_id = m.customer_id
                       where m.segment_id = $segment_id::integer)
),

orders as (
    select order_id, bit_or(1::ubigint << item_id::ubigint) as item_mask
    from lines
    group by order_id
)

select item_mask, count(*) as count_orders
from orders
group by item_mask
order by item_mask
