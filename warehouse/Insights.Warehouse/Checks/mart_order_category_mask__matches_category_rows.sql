-- relationships: each of this run's orders has one mask row exactly when it has category rows, with the customer and the
-- categories of those rows (a mask of 64 or more categories' bits is null and not compared)
with categories as (
    select
        c.order_id,
        min(c.customer_id) as customer_id,
        case when max(b.bit) < 64 then bit_or(1::ubigint << least(b.bit, 63)::ubigint) end as category_mask,
        count(b.bit) = count(*) as has_bits
    from mart_customer_category_order as c
    left join mart_basket_category as b on b.category = c.category
    where c.order_id in (select order_id from batch_mart_orders)
    group by c.order_id
),

masks as (
    select order_id, customer_id, category_mask, count(*) over (partition by order_id) as copies
    from mart_order_category_mask
    where order_id in (select order_id from batch_mart_orders)
)

select coalesce(m.order_id, c.order_id) as order_id, m.category_mask, c.category_mask as expected_mask
from masks as m
full join categories as c using (order_id)
where m.order_id is null or c.order_id is null or m.copies > 1 or not c.has_bits
   or m.customer_id <> c.customer_id or m.category_mask is distinct from c.category_mask
