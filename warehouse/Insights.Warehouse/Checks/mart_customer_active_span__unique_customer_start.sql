-- unique: one row per customer and stretch (its first month); the no-overlap check compares a stretch with the others and
-- so does not see a stretch written twice (checked for this run's customers: those of its orders, before and after the
-- rebuild, and those with a landed version; a --full run rebuilds every order, so it checks every customer with one)
select customer_id, start_month, count(*) as copies
from mart_customer_active_span
where customer_id in (select customer_id from batch_order_days union select customer_id from batch_customers)
   or customer_id in (select customer_id from mart_customer_order where order_id in (select order_id from batch_mart_orders))
group by customer_id, start_month
having count(*) > 1
