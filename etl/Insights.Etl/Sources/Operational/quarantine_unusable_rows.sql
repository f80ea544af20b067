-- Moves landed operational rows that no model can use from the landing tables into quarantine_row, with the reason, before
-- they reach the raw tables. Masters before facts: an order line needs its order (landed now or before), a return its line,
-- so a row refused here takes the rows that depend on it along (each with its own reason).
-- Each table is one step: find the unusable rows with the first rule they break (landing row, key as row_ref, the parsed row
-- as JSON as raw_content, reason), copy them to quarantine_row, delete them from the landing table. to_json runs only on the
-- rows found (the where clause comes first). The reason is called quarantine_reason because where prefers a table column to a
-- select alias, and returns have a column named reason.

-- customers: a customer needs an id, and a name (dim_customer greets by it and never stores it empty)
create or replace temp table unusable as
select rowid as landing_row, _source_file, 'customer_id ' || coalesce(customer_id::varchar, 'null') as row_ref,
       to_json(struct_pack(*columns(c.* exclude (_source_file))))::varchar as raw_content,
       case when customer_id is null then 'customer without customer_id'
            when nullif(trim(full_name), '') is null then 'customer without full_name'
            when event_time_problem('signed_up_at', signed_up_at) is not null
                then event_time_problem('signed_up_at', signed_up_at) end as quarantine_reason
from landing_customers as c
where quarantine_reason is not null;

insert into quarantine_row (run_id, source, source_file, row_ref, raw_content, reason, quarantined_at)
select $run_id, $source, _source_file, row_ref, raw_content, quarantine_reason, $now from unusable;
delete from landing_customers where rowid in (select landing_row from unusable);

-- products: an id, a name, and a price that is not negative
create or replace temp table unusable as
select rowid as landing_row, _source_file, 'product_id ' || coalesce(product_id::varchar, 'null') as row_ref,
       to_json(struct_pack(*columns(p.* exclude (_source_file))))::varchar as raw_content,
       case when product_id is null then 'product without product_id'
            when nullif(trim(product_name), '') is null then 'product without product_name'
            when list_price < 0 then 'list_price ' || list_price || ' is negative' end as quarantine_reason
from landing_products as p
where quarantine_reason is not null;

insert into quarantine_row (run_id, source, source_file, row_ref, raw_content, reason, quarantined_at)
select $run_id, $source, _source_file, row_ref, raw_content, quarantine_reason, $now from unusable;
delete from landing_products where rowid in (select landing_row from unusable);

-- orders: an id, a customer, a time, and the channel and status every fact row carries (fct_order_line requires both)
create or replace temp table unusable as
select rowid as landing_row, _source_file, 'order_id ' || coalesce(order_id::varchar, 'null') as row_ref,
       to_json(struct_pack(*columns(o.* exclude (_source_file))))::varchar as raw_content,
       case when order_id is null then 'order without order_id'
            when customer_id is null then 'order without customer_id'
            when ordered_at is null then 'order without ordered_at'
            when event_time_problem('ordered_at', ordered_at) is not null then event_time_problem('ordered_at', ordered_at)
            when nullif(trim(channel), '') is null then 'order without channel'
            when nullif(trim(status), '') is null then 'order without status' end as quarantine_reason
from landing_orders as o
where quarantine_reason is not null;

insert into quarantine_row (run_id, source, source_file, row_ref, raw_content, reason, quarantined_at)
select $run_id, $source, _source_file, row_ref, raw_content, quarantine_reason, $now from unusable;
delete from landing_orders where rowid in (select landing_row from unusable);

-- order lines: keys, a product, at least one item at a price that is not negative, a discount between zero and the line's gross
-- amount, and an order the warehouse has or gets now. The lines without one are found first by anti joins: as a NOT IN over
-- the union of landed and loaded orders, the rule took 2.7 s and half a GiB outside DuckDB's memory limit at SF10.
create or replace temp table orphan_lines as
select lines.rowid as landing_row
from landing_order_lines as lines
anti join landing_orders as landed on landed.order_id = lines.order_id
anti join raw_orders as loaded on loaded.order_id = lines.order_id;

create or replace temp table unusable as
select rowid as landing_row, _source_file,
       'order ' || coalesce(order_id::varchar, 'null') || ' line ' || coalesce(line_number::varchar, 'null') as row_ref,
       to_json(struct_pack(*columns(l.* exclude (_source_file))))::varchar as raw_content,
       case when order_id is null or line_number is null then 'order line without order_id or line_number'
            when product_id is null then 'order line without product_id'
            when quantity is null or unit_price is null then 'order line without quantity or unit_price'
            when quantity < 0 then 'quantity ' || quantity || ' is negative'
            when quantity = 0 then 'quantity is 0: an order line sells at least one item'
            when unit_price < 0 then 'unit_price ' || unit_price || ' is negative'
            when discount_amount < 0 then 'discount_amount ' || discount_amount || ' is negative'
            when discount_amount > quantity * unit_price
                then 'discount_amount ' || discount_amount || ' is more than the line''s gross amount '
                     || (quantity * unit_price) || ' (' || quantity || ' x ' || unit_price || ')'
            when rowid in (select landing_row from orphan_lines)
                then 'order line refers to order ' || order_id || ', which was never loaded' end as quarantine_reason
from landing_order_lines as l
where quarantine_reason is not null;

insert into quarantine_row (run_id, source, source_file, row_ref, raw_content, reason, quarantined_at)
select $run_id, $source, _source_file, row_ref, raw_content, quarantine_reason, $now from unusable;
delete from landing_order_lines where rowid in (select landing_row from unusable);

-- returns: an id, a time, a line the warehouse has or gets now (its newest version), at least one item and no more than the
-- line sold, a refund between zero and the line's net amount, and not before the order was placed. returned_lines holds the
-- newest version of each line a landed return names (and its order's time), looked up once instead of per rule.
create or replace temp table returned_lines as
with versions as (
    select order_id, line_number, quantity, unit_price, discount_amount, 1 as newest_first
    from landing_order_lines
    semi join landing_returns using (order_id, line_number)
    union all
    select order_id, line_number, quantity, unit_price, discount_amount, 2 + row_number() over (
        partition by order_id, line_number order by _run_id desc)
    from raw_order_lines
    semi join landing_returns using (order_id, line_number)
),

orders as (
    select order_id, ordered_at, 1 as newest_first from landing_orders
    semi join landing_returns using (order_id)
    union all
    select order_id, ordered_at, 2 + row_number() over (partition by order_id order by updated_at desc nulls last, _run_id desc)
    from raw_orders
    semi join landing_returns using (order_id)
)

select
    versions.order_id, versions.line_number, versions.quantity,
    (versions.quantity * versions.unit_price - coalesce(versions.discount_amount, 0)) as net_amount,
    orders.ordered_at
from versions
left join orders on orders.order_id = versions.order_id
qualify row_number() over (partition by versions.order_id, versions.line_number
                           order by versions.newest_first, orders.newest_first) = 1;

create or replace temp table unusable as
select r.rowid as landing_row, r._source_file, 'return_id ' || coalesce(r.return_id::varchar, 'null') as row_ref,
       to_json(struct_pack(*columns(r.* exclude (_source_file))))::varchar as raw_content,
       case when r.return_id is null then 'return without return_id'
            when r.returned_at is null then 'return without returned_at'
            when event_time_problem('returned_at', r.returned_at) is not null then event_time_problem('returned_at', r.returned_at)
            when line.order_id is null
                then 'return refers to order ' || r.order_id || ' line ' || r.line_number || ', which was never loaded'
            when r.quantity is null or r.refund_amount is null then 'return without quantity or refund_amount'
            when r.quantity <= 0 then 'return quantity ' || r.quantity || ' is not positive'
            when r.quantity > line.quantity
                then 'return quantity ' || r.quantity || ' is more than the ' || line.quantity || ' sold on order '
                     || r.order_id || ' line ' || r.line_number
            when r.refund_amount < 0 then 'refund_amount ' || r.refund_amount || ' is negative'
            when r.refund_amount > line.net_amount
                then 'refund_amount ' || r.refund_amount || ' is more than the line''s net amount ' || line.net_amount
            when r.returned_at < line.ordered_at
                then 'returned_at ' || strftime(r.returned_at, '%Y-%m-%d %H:%M:%S') || ' is before order ' || r.order_id
                     || ' was placed (' || strftime(line.ordered_at, '%Y-%m-%d %H:%M:%S') || ')' end as quarantine_reason
from landing_returns as r
left join returned_lines as line on line.order_id = r.order_id and line.line_number = r.line_number
where quarantine_reason is not null;

insert into quarantine_row (run_id, source, source_file, row_ref, raw_content, reason, quarantined_at)
select $run_id, $source, _source_file, row_ref, raw_content, quarantine_reason, $now from unusable;
delete from landing_returns where rowid in (select landing_row from unusable);
