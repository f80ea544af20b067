-- relationships: for each customer of this run's orders (every order under a full build), each level's row holds exactly the
-- items and first days of the whole history (as sequence_item_days gives them), and their last purchase day; a customer
-- without completed orders has no row
with customers as (
    select distinct customer_id from mart_customer_category_order where order_id in (select order_id from batch_mart_orders)
    union
    select customer_id from batch_order_days
),

-- the days as sequence_item_days (migration 0050) groups them for the whole history, read for those customers only: through the
-- macro the customer filter came after grouping every line (137.6 s at SF10 for a run that landed nothing)
item_days as (
    select 'category' as level, customer_id, category as item, min(purchase_on(ordered_at)) as first_on, max(purchase_on(ordered_at)) as last_on
    from mart_customer_category_order
    where customer_id in (select customer_id from customers)
    group by customer_id, category
    union all
    select 'product', c.customer_id, p.product_name, min(purchase_on(f.ordered_at)), max(purchase_on(f.ordered_at))
    from fct_order_line as f
    join dim_customer as c on c.customer_key = f.customer_key
    join dim_product as p on p.product_key = f.product_key
    where f.order_status = 'completed' and c.customer_id in (select customer_id from customers)
    group by c.customer_id, p.product_name
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
