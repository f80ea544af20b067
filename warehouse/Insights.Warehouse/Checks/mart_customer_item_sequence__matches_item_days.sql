-- relationships: for each customer of this run's orders (every order under a full build), each level's row holds exactly the
-- items and first days sequence_item_days (migration 0050) gives for the whole history, and their last purchase day; a
-- customer without completed orders has no row
with customers as (
    select distinct customer_id from mart_customer_category_order where order_id in (select order_id from batch_mart_orders)
    union
    select customer_id from batch_order_days
),

item_days as (
    select level, customer_id, item, first_on, last_on
    from (
        select 'category' as level, * from sequence_item_days('category', null, null, null, null)
        union all
        select 'product' as level, * from sequence_item_days('product', null, null, null, null)
    )
    where customer_id in (select customer_id from customers)
),

-- a customer whose items did not fit in 16 bits has no packed items (null): the page reads the purchases for them
expected as (
    select level, customer_id, item, datediff('day', date '1970-01-01', first_on)::integer as first_day
    from item_days
    where not exists (
        select 1 from mart_customer_item_sequence as n
        where n.items is null and n.level = item_days.level and n.customer_id = item_days.customer_id)
),

last_days as (
    select level, customer_id, max(last_on) as last_on from item_days group by level, customer_id
),

packed as (
    select level, customer_id, hex(items) as digits
    from mart_customer_item_sequence
    where customer_id in (select customer_id from customers) and items is not null
),

kept as (
    select p.level, p.customer_id, i.item, ('0x' || substr(p.digits, 5 + 8 * k, 4))::integer as first_day
    from packed as p
    cross join range(0, length(p.digits) // 8) as t(k)
    join mart_sequence_item as i on i.level = p.level and i.item_id = ('0x' || substr(p.digits, 1 + 8 * k, 4))::integer
)

select coalesce(e.level, k.level) as level, coalesce(e.customer_id, k.customer_id) as customer_id, coalesce(e.item, k.item) as item,
    k.first_day, e.first_day as expected_first_day, null::date as last_on, null::date as expected_last_on
from expected as e
full join kept as k on k.level = e.level and k.customer_id = e.customer_id and k.item = e.item
where e.first_day is distinct from k.first_day
union all
select coalesce(d.level, m.level), coalesce(d.customer_id, m.customer_id), null, null, null, m.last_on, d.last_on
from last_days as d
full join (select * from mart_customer_item_sequence where customer_id in (select customer_id from customers)) as m
    on m.level = d.level and m.customer_id = d.customer_id
where m.last_on is distinct from d.last_on
