-- The keys this run landed (every key when $full), read from the raw tables: every later batch step, model and check reads
-- these instead of asking what landed again. Temporary tables, living for the load's connection only.
-- inputs: raw_customers, raw_products, raw_orders, raw_order_lines, raw_returns, raw_contacts, raw_complaints
-- outputs: batch_customers, batch_products, batch_orders, batch_returns, batch_contacts, batch_complaints, batch_customer_rekey

create or replace temp table batch_customers as
select distinct customer_id from raw_customers where $full or _run_id = $run_id;

create or replace temp table batch_products as
select distinct product_id from raw_products where $full or _run_id = $run_id;

-- an order is rebuilt when its header or any of its lines landed
create or replace temp table batch_orders as
select order_id from raw_orders where $full or _run_id = $run_id
union
select order_id from raw_order_lines where $full or _run_id = $run_id;

create or replace temp table batch_returns as
select distinct return_id from raw_returns where $full or _run_id = $run_id;

create or replace temp table batch_contacts as
select distinct contact_id from raw_contacts where $full or _run_id = $run_id;

create or replace temp table batch_complaints as
select distinct complaint_id from raw_complaints where $full or _run_id = $run_id;

-- a customer version this run landed can start a new type-2 version (dim_customer decides), so the customer's facts from its
-- earliest landed updated_at on are re-keyed: at most the facts dim_customer re-dates, never fewer. Read from what landed,
-- not from dim_customer, so it is known before the dims are built. A full build keys every fact anew anyway.
create or replace temp table batch_customer_rekey as
select customer_id, min(updated_at) as since
from raw_customers
where not $full and _run_id = $run_id and customer_id is not null and updated_at is not null
group by customer_id;
