-- one row per completed order and product category of a customer who complained about or returned a product of that category
-- (at any time), with the times of those complaints and returns: mart_customer_category_order's rows of those (customer,
-- category) pairs only (see migration 0075). The opportunities page's complaint signals sum a period's revenue at stake from
-- these rows (a year of SF10: 2.0 M rows, not the 7.5 M of every customer). Recomputed whole for the customers whose pairs or orders this run may have changed
-- (batch_signal_customers, batch_mart_keys.sql; the check reads the same set); every customer under $full.
-- inputs: mart_customer_category_order, fct_complaint, fct_return, dim_customer, dim_product, batch_signal_customers
delete from mart_opportunity_signal_order
where $full or customer_id in (select customer_id from batch_signal_customers);

-- written in time order (a period's scan reads only its row groups): the runner turns insertion order off for its models
set session preserve_insertion_order = true;

insert into mart_opportunity_signal_order by name
with events as (
    select customers.customer_id, products.category, complaints.opened_at as event_at
    from fct_complaint as complaints
    join dim_product as products on products.product_key = complaints.product_key
    join dim_customer as customers on customers.customer_key = complaints.customer_key
    where $full or customers.customer_id in (select customer_id from batch_signal_customers)
    union all
    select customers.customer_id, products.category, returns.returned_at
    from fct_return as returns
    join dim_product as products on products.product_key = returns.product_key
    join dim_customer as customers on customers.customer_key = returns.customer_key
    where $full or customers.customer_id in (select customer_id from batch_signal_customers)
),

-- each customer and category with a complaint or return, with their times (a period's signals count the pair when one of
-- them falls in it)
affected as (
    select customer_id, category, list(event_at order by event_at) as events
    from events
    group by customer_id, category
),

final as (
    select
        -- ids
        orders.customer_id,
        orders.order_id,
        -- dates
        orders.ordered_at,
        -- attributes
        orders.category,
        -- numerics
        orders.net_amount,
        -- the pair's times
        affected.events
    from mart_customer_category_order as orders
    join affected on affected.customer_id = orders.customer_id and affected.category = orders.category
    where $full or orders.customer_id in (select customer_id from batch_signal_customers)
)

select * from final
order by ordered_at, customer_id, order_id, category;

set session preserve_insertion_order = false;
