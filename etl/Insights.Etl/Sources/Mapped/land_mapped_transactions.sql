-- Lands the parsed purchases: one order per line (or per mapped order_id), one line each, the customer as a master row with
-- what the file tells (its id only), and the default product when none is mapped.
insert into landing_orders by name
select
    order_id,
    customer_id,
    ordered_at,
    channel,
    'completed' as status,
    ordered_at as updated_at,
    filename as _source_file
from mapped_parsed
where reject_reason is null
qualify row_number() over (partition by order_id order by line_number) = 1;

insert into landing_order_lines by name
select
    order_id,
    row_number() over (partition by order_id order by filename, line_number)::integer as line_number,
    product_id,
    quantity,
    round(amount / quantity, 2)::decimal(10, 2) as unit_price,
    0 as discount_amount,
    amount as line_amount,
    filename as _source_file
from mapped_parsed
where reject_reason is null;

-- the file knows only the customer's id: a stable master row (constant timestamp, so reloading never makes a new version)
insert into landing_customers by name
select distinct
    customer_id,
    'Customer ' || customer_id as full_name,
    'Customer ' || customer_id as preferred_name,
    null as email,
    'Unknown' as region,
    'unknown' as signup_channel,
    null::timestamp as signed_up_at,
    timestamp '1900-01-01' as updated_at,
    $source as _source_file
from mapped_parsed
where reject_reason is null;

insert into landing_products by name
select distinct
    product_id,
    null as sku,
    'Product ' || product_id as product_name,
    'Unspecified' as category,
    null::decimal(10, 2) as list_price,
    timestamp '1900-01-01' as updated_at,
    $source as _source_file
from mapped_parsed
where reject_reason is null;

insert into quarantine_row (run_id, source, source_file, row_ref, raw_content, reason, quarantined_at)
select $run_id, $source, filename, 'line ' || line_number, shown(line, 10000), reject_reason, $now
from mapped_parsed
where reject_reason is not null;
