-- one row per order of the customer (every status), newest first, at most $limit; total: how many there are in all.
-- The lines come from mart_customer_order_line (fct_order_line in customer order): its zonemaps skip every other customer's
-- row groups, where fct_order_line (in load order) had the customer key of every line scanned.
with lines as (
    select lines.*, products.product_name
    from mart_customer_order_line as lines
    join dim_product as products on products.product_key = lines.product_key
    where lines.customer_id = $id
),

orders as (
    select
        lines.order_id,
        min(lines.ordered_at) as ordered_at,
        min(channels.channel_name) as channel_name,
        min(lines.order_status) as order_status,
        count(*) as count_lines,
        sum(lines.quantity)::bigint as quantity,
        sum(lines.gross_amount)::decimal(18, 2) as gross_amount,
        sum(lines.discount_amount)::decimal(18, 2) as discount_amount,
        sum(lines.net_amount)::decimal(18, 2) as net_amount,
        string_agg(lines.product_name || ' × ' || lines.quantity, ', ' order by lines.line_number) as products
    from lines
    join dim_channel as channels on channels.channel_key = lines.channel_key
    group by lines.order_id
)

select *, count(*) over () as total
from orders
order by ordered_at desc, order_id desc
limit $limit
