-- one row per completed order with its categories as a bit mask (see migration 0056), rebuilt for the orders
-- mart_customer_category_order.sql rebuilt this run (batch_mart_orders), every order under $full; a mart reading marts:
-- the order's category rows and the categories' bits
-- inputs: mart_customer_category_order, mart_basket_category, batch_mart_orders
delete from mart_order_category_mask
where $full or order_id in (select order_id from batch_mart_orders);

insert into mart_order_category_mask by name
with category_rows as (
    select order_id, customer_id, ordered_at, category
    from mart_customer_category_order
    where $full or order_id in (select order_id from batch_mart_orders)
),

final as (
    select
        -- ids
        rows.order_id,
        min(rows.customer_id) as customer_id,
        -- dates
        min(rows.ordered_at) as ordered_at,
        -- attributes: null when a category's bit does not fit in 64 (the report then groups the rows itself)
        case when max(bits.bit) < 64 then bit_or(1::ubigint << least(bits.bit, 63)::ubigint) end as category_mask
    from category_rows as rows
    join mart_basket_category as bits on bits.category = rows.category
    group by rows.order_id
)

select * from final;
