-- The bench's fixed change (issue 22: "cost grows with the change, not the warehouse"): the same number of changed rows at
-- every scale, so an incremental load of it can be compared between SF1 and SF10: 10,000 changed orders and 1,000 changed
-- customers. 5,000 existing orders change status, 5,000 new orders arrive copying an existing order's customer, channel and
-- lines, and 1,000 customers move region (fewer in a world too small to hold them). Every changed or new row gets updated_at = now(). Runs in one transaction (the caller's).

create temporary table bench_fixed_changed on commit drop as
select order_id from orders where order_id % 50 = 7 order by order_id limit 5000;

update orders
set status = case status when 'cancelled' then 'completed' else 'cancelled' end, updated_at = now()
where order_id in (select order_id from bench_fixed_changed);

update customers
set region = case region when 'North' then 'South' else 'North' end, updated_at = now()
where customer_id in (select customer_id from customers where customer_id % 97 = 3 order by customer_id limit 1000);

-- the orders the new ones copy (copy_orders.sql makes them)
create temporary table bench_copied on commit drop as
select order_id from orders where order_id % 50 = 9 order by order_id limit 5000;
