-- The keys each fact rebuilds: this run's keys, and the facts of a customer re-keyed from the rekey date on. Orders are also
-- split into slices (chunk) of about Warehouse:ModelChunkOrders orders (default a million): fct_order_line's insert runs once
-- per slice (ModelRunner: batch_chunks), so a first load of tens of millions of lines joins a slice at a time within the
-- memory limit; a day's change is one slice.
-- inputs: batch_orders, batch_returns, batch_contacts, batch_complaints, batch_customer_rekey, stg_orders, stg_returns, stg_contacts, stg_complaints
-- outputs: batch_fact_orders, batch_chunks, batch_fact_returns, batch_fact_contacts, batch_fact_complaints

create or replace temp table batch_fact_orders as
with keys as (
    select order_id from batch_orders
    union
    select orders.order_id
    from stg_orders as orders
    join batch_customer_rekey as rekey on rekey.customer_id = orders.customer_id and orders.ordered_at >= rekey.since
)

select order_id, (hash(order_id) % (select greatest(1, ceil(count(*) / $chunk_orders::double))::ubigint from keys))::integer as chunk
from keys;

create or replace temp table batch_chunks as
select distinct chunk from batch_fact_orders;

-- returns of orders rebuilt in this run take the order's new customer version and product
create or replace temp table batch_fact_returns as
select return_id from batch_returns
union
select return_id from stg_returns where order_id in (select order_id from batch_fact_orders);

create or replace temp table batch_fact_contacts as
select contact_id from batch_contacts
union
select contacts.contact_id
from stg_contacts as contacts
join batch_customer_rekey as rekey on rekey.customer_id = contacts.customer_id and contacts.contacted_at >= rekey.since;

create or replace temp table batch_fact_complaints as
select complaint_id from batch_complaints
union
select complaints.complaint_id
from stg_complaints as complaints
join batch_customer_rekey as rekey on rekey.customer_id = complaints.customer_id and complaints.opened_at >= rekey.since;
