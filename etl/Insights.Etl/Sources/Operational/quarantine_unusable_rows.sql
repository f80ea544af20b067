-- Moves landed operational rows that no model can use from the landing tables into quarantine_row, with the reason, before
-- they reach the raw tables. An order line needs its order (landed now or before); a return needs its line.
-- Each rule is a pair: copy the rows with their reason, then delete them from the raw table.

insert into quarantine_row (run_id, source, source_file, row_ref, raw_content, reason, quarantined_at)
select $run_id, $source, _source_file, 'customer_id ' || coalesce(customer_id::varchar, 'null'), to_json(c)::varchar,
       'customer row without customer_id', $now
from landing_customers c where customer_id is null;
delete from landing_customers where customer_id is null;

insert into quarantine_row (run_id, source, source_file, row_ref, raw_content, reason, quarantined_at)
select $run_id, $source, _source_file, 'product_id ' || coalesce(product_id::varchar, 'null'), to_json(p)::varchar,
       'product row without product_id', $now
from landing_products p where product_id is null;
delete from landing_products where product_id is null;

insert into quarantine_row (run_id, source, source_file, row_ref, raw_content, reason, quarantined_at)
select $run_id, $source, _source_file, 'order_id ' || coalesce(order_id::varchar, 'null'), to_json(o)::varchar,
       case when order_id is null then 'order without order_id'
            when customer_id is null then 'order without customer_id'
            else 'order without ordered_at' end,
       $now
from landing_orders o where order_id is null or customer_id is null or ordered_at is null;
delete from landing_orders where order_id is null or customer_id is null or ordered_at is null;

insert into quarantine_row (run_id, source, source_file, row_ref, raw_content, reason, quarantined_at)
select $run_id, $source, _source_file, 'order ' || coalesce(order_id::varchar, 'null') || ' line ' || coalesce(line_number::varchar, 'null'),
       to_json(l)::varchar,
       case when order_id is null or line_number is null then 'order line without order_id or line_number'
            when product_id is null then 'order line without product_id'
            when quantity is null or unit_price is null then 'order line without quantity or unit_price'
            else 'order line refers to order ' || order_id || ', which was never loaded' end,
       $now
from landing_order_lines l
where order_id is null or line_number is null or product_id is null or quantity is null or unit_price is null
   or order_id not in (select order_id from landing_orders union select order_id from raw_orders);
delete from landing_order_lines
where order_id is null or line_number is null or product_id is null or quantity is null or unit_price is null
   or order_id not in (select order_id from landing_orders union select order_id from raw_orders);

insert into quarantine_row (run_id, source, source_file, row_ref, raw_content, reason, quarantined_at)
select $run_id, $source, _source_file, 'return_id ' || coalesce(return_id::varchar, 'null'), to_json(r)::varchar,
       case when return_id is null then 'return without return_id'
            when returned_at is null then 'return without returned_at'
            else 'return refers to order ' || order_id || ' line ' || line_number || ', which was never loaded' end,
       $now
from landing_returns r
where return_id is null or returned_at is null
   or (not exists (select 1 from landing_order_lines l where l.order_id = r.order_id and l.line_number = r.line_number)
       and not exists (select 1 from raw_order_lines l where l.order_id = r.order_id and l.line_number = r.line_number));
delete from landing_returns as r
where return_id is null or returned_at is null
   or (not exists (select 1 from landing_order_lines l where l.order_id = r.order_id and l.line_number = r.line_number)
       and not exists (select 1 from raw_order_lines l where l.order_id = r.order_id and l.line_number = r.line_number));
