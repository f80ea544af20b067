-- one row per order line, every status (see migration 0020): fct_order_line in customer order, so that a profile's timeline
-- reads one customer's lines through the zonemaps instead of scanning every line. Rebuilt for the orders fct_order_line
-- rebuilt (batch_fact_orders: this run's orders and those re-keyed to a new customer version); a full build writes every line.
-- A day's lines go in as a small tail in customer order after the sorted body, whose zonemaps still skip.
-- inputs: fct_order_line, dim_customer, batch_fact_orders
delete from mart_customer_order_line
where order_id in (select order_id from batch_fact_orders);

-- the runner turns insertion order off for its big models; this table's order is what makes a profile fast, so it is kept here
set session preserve_insertion_order = true;

insert into mart_customer_order_line by name
with lines as (
    select * from fct_order_line
    where $full or order_id in (select order_id from batch_fact_orders)
),

final as (
    select
        -- ids
        customers.customer_id,
        lines.order_id,
        lines.line_number,
        -- timestamps
        lines.ordered_at,
        -- keys of the dimensions the page names
        lines.product_key,
        lines.channel_key,
        -- attributes
        lines.order_status,
        -- numerics
        lines.quantity,
        lines.gross_amount,
        lines.discount_amount,
        lines.net_amount
    from lines
    join dim_customer as customers on customers.customer_key = lines.customer_key
)

select * from final
order by customer_id, order_id, line_number;

set session preserve_insertion_order = false;
