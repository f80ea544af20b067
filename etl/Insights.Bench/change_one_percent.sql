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

-- the orders the new ones copy (copy_orders.sql makes them)
create temporary table bench_copied on commit drop as
select order_id from orders where order_id % 100 = 2;
