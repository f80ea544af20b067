-- Lands the good baskets: each basket an order of $customer_id on $ordered_at, each distinct item one line (a basket is a set:
-- an item named twice on a line is one line, at the position of its first mention), products by name through etl_basket_item.

-- 1. one row per distinct item of each good basket
create or replace temp table basket_items as
select filename, order_id, item, min(position) as position
from (
    select filename, order_id, unnest(items) as item, generate_subscripts(items, 1) as position
    from basket_lines
    where reject_reason is null
)
group by all;

-- 2. names never seen before get the next product ids, for good
insert into etl_basket_item (item_name, product_id, first_run_id)
select
    item as item_name,
    (select coalesce(max(product_id), 1000000000) from etl_basket_item) + row_number() over (order by item) as product_id,
    $run_id as first_run_id
from (select distinct item from basket_items)
where item not in (select item_name from etl_basket_item);

insert into landing_orders by name
select
    order_id,
    $customer_id as customer_id,
    $ordered_at as ordered_at,
    'unknown' as channel,
    'completed' as status,
    $ordered_at as updated_at,
    filename as _source_file
from basket_lines
where reject_reason is null;

insert into landing_order_lines by name
select
    i.order_id,
    row_number() over (partition by i.order_id order by i.position)::integer as line_number,
    n.product_id,
    1 as quantity,
    0.00 as unit_price,
    0 as discount_amount,
    0.00 as line_amount,
    i.filename as _source_file
from basket_items as i
join etl_basket_item as n on n.item_name = i.item;

-- the file names no customer: one stable master row (constant timestamp, so reloading never makes a new version)
insert into landing_customers by name
select
    $customer_id as customer_id,
    'Basket shopper ' || $customer_id as full_name,
    'Basket shopper ' || $customer_id as preferred_name,
    null as email,
    'Unknown' as region,
    'unknown' as signup_channel,
    null::timestamp as signed_up_at,
    timestamp '1900-01-01' as updated_at,
    $source as _source_file
where exists (select 1 from basket_lines where reject_reason is null);

insert into landing_products by name
select distinct
    n.product_id,
    null as sku,
    n.item_name as product_name,
    $category as category,
    null::decimal(10, 2) as list_price,
    timestamp '1900-01-01' as updated_at,
    $source as _source_file
from (select distinct item from basket_items) as i
join etl_basket_item as n on n.item_name = i.item;

insert into quarantine_row (run_id, source, source_file, row_ref, raw_content, reason, quarantined_at)
select $run_id, $source, filename, 'line ' || line_number, shown(line, 10000), reject_reason, $now
from basket_lines
where reject_reason is not null;
