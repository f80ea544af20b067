-- one row per order line of the customer (every status), in no order: the page sums them per order and puts the orders newest
-- first (TimelineRows.Orders; a sort here cost more than the read), names the product and the channel from
-- timeline_names.sql, and counts the orders. mart_customer_order_line is
-- fct_order_line in customer order: its zonemaps skip every other customer's row groups, where fct_order_line (in load
-- order) had the customer key of every line scanned.
select
    order_id,
    line_number,
    ordered_at,
    channel_key,
    order_status,
    quantity,
    gross_amount,
    discount_amount,
    net_amount,
    product_key
from mart_customer_order_line
where customer_id = $id
