-- The keys this run touched (every key when $full): the dims and facts rebuild exactly these, so a run costs what it changed.
-- Temporary tables, one per entity, living for the load's connection only.

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
