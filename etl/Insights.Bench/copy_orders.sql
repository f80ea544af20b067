-- The bench changes' new orders (after change_one_percent.sql or change_fixed.sql, in the same transaction): each order of
-- bench_copied is copied, with its customer, channel and lines, under an id after the highest one, ordered now. Then what the
-- change touched, for the report.

create temporary table bench_new_orders on commit drop as
select
    order_id as copied_order_id,
    (select max(order_id) from orders) + row_number() over (order by order_id) as order_id,
    customer_id,
    channel
from orders
where order_id in (select order_id from bench_copied);

insert into orders (order_id, customer_id, ordered_at, channel, status, updated_at)
select order_id, customer_id, now(), channel, 'completed', now()
from bench_new_orders;

insert into order_lines (order_id, line_number, product_id, quantity, unit_price, discount_amount)
select new_orders.order_id, lines.line_number, lines.product_id, lines.quantity, lines.unit_price, lines.discount_amount
from order_lines as lines
join bench_new_orders as new_orders on new_orders.copied_order_id = lines.order_id;

select
    (select count(*) from customers where updated_at = now()) as customers,
    (select count(*) from orders where updated_at = now()) as orders,
    (select count(*) from order_lines where order_id in (select order_id from bench_new_orders)) as order_lines;
