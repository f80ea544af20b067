-- The keys each mart recomputes. Taken from every landed version of the rebuilt orders, so they cover where an order sat
-- before this run's rebuild and where it sits after (a month, a customer's day), without reading the facts or marts before
-- they are rebuilt. A full build recomputes every customer and day (batch_order_days is empty then).
-- inputs: batch_fact_orders, batch_fact_complaints, batch_fact_returns, batch_products, stg_orders, stg_order_lines, stg_complaints, stg_returns
-- outputs: batch_months, batch_mart_orders, batch_order_days, batch_signal_customers

-- the months of the rebuilt orders (mart_revenue_by_month recomputes them)
create or replace temp table batch_months as
select distinct date_trunc('month', ordered_at)::date as month_start
from stg_orders
where order_id in (select order_id from batch_fact_orders) and ordered_at is not null;

-- the completed-order marts rebuild this run's orders (a status change can add or remove one) and the orders with a product
-- whose master row this run landed (its category may have changed)
create or replace temp table batch_mart_orders as
select order_id from batch_fact_orders
union
select order_id from stg_order_lines
where not $full and product_id in (select product_id from batch_products);

-- the customers and days of those orders, before and after the rebuild: the per-customer marts (totals, purchase days)
-- recompute exactly these
create or replace temp table batch_order_days as
select distinct customer_id, ordered_at::date as ordered_on
from stg_orders
where not $full and order_id in (select order_id from batch_mart_orders) and customer_id is not null and ordered_at is not null;

-- the customers whose rows of the complaint signals' spend (mart_opportunity_signal_order) may change: those of the orders above
-- (a return's customer is its order's, and an order holding a landed product is rebuilt), of every landed version of this run's
-- complaints and returns (one moved to another customer leaves the old one's pair), and of the complaints about a landed
-- product (its category may have changed); every customer with an order under $full
create or replace temp table batch_signal_customers as
select distinct customer_id from stg_orders where $full and customer_id is not null
union
select customer_id from batch_order_days
union
select customer_id
from stg_complaints
where not $full and customer_id is not null
  and (complaint_id in (select complaint_id from batch_fact_complaints) or product_id in (select product_id from batch_products))
union
select orders.customer_id
from stg_returns as returns
join stg_orders as orders on orders.order_id = returns.order_id
where not $full and returns.return_id in (select return_id from batch_fact_returns) and orders.customer_id is not null;
