-- The bench's 1% change to the operational database, as a busy day of the shop would make it: one order in a hundred changes
-- status, one customer in a hundred moves region, and new orders (one per hundred existing ones) arrive with their lines.
-- Every changed or new row gets updated_at = now(), which is what incremental extraction follows. Runs in one transaction
-- (the caller's), so now() is the same instant in every statement.

update orders
set status = case status when 'cancelled' then 'completed' else 'cancelled' end, updated_at = now()
where order_id % 100 = 1;

update customers
set region = case region when 'North' then 'South' else 'North' end, updated_at = now()
where customer_id % 100 = 1;

-- new orders copy an existing order's customer, channel and lines, under ids after the highest one
create temporary table bench_new_orders on commit drop as
select
    order_id as copied_order_id,
    (select max(order_id) from orders) + row_number() over (order by order_id) as order_id,
    customer_id,
    channel
from orders
where order_id % 100 = 2;

insert into orders (order_id, customer_id, ordered_at, channel, status, updated_at)
select order_id, customer_id, now(), channel, 'completed', now()
from bench_new_orders;

insert into order_lines (order_id, line_number, product_id, quantity, unit_price, discount_amount)
select new_orders.order_id, lines.line_number, lines.product_id, lines.quantity, lines.unit_price, lines.discount_amount
from order_lines as lines
join bench_new_orders as new_orders on new_orders.copied_order_id = lines.order_id;

-- what changed, for the report
select
    (select count(*) from customers where updated_at = now()) as customers,
    (select count(*) from orders where updated_at = now()) as orders,
    (select count(*) from order_lines where order_id in (select order_id from bench_new_orders)) as order_lines;
