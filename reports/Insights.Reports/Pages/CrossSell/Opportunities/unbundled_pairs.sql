-- one row per pair of products bought together in at least $min_orders completed orders of the period, with lift above 1,
-- that no bundle covers (no third product whose name contains both names); sized by orders, customers and the pair's net
-- revenue in those orders
with order_items as (
    select f.order_id, c.customer_id, f.product_key, any_value(p.product_name) as product_name, sum(f.net_amount) as net_amount
    from fct_order_line as f
    join dim_product as p on p.product_key = f.product_key
    join dim_customer as c on c.customer_key = f.customer_key
    where f.order_status = 'completed'
      and ($from::date is null or f.ordered_at >= $from::date)
      and ($to::date is null or f.ordered_at < $to::date + interval 1 day)
    group by f.order_id, c.customer_id, f.product_key
),

order_count as (
    select count(distinct order_id) as n from order_items
),

item_orders as (
    select product_key, count(*) as count_orders from order_items group by product_key
),

pairs as (
    select
        a.product_key as key_a,
        b.product_key as key_b,
        any_value(a.product_name) as name_a,
        any_value(b.product_name) as name_b,
        count(*) as count_orders,
        count(distinct a.customer_id) as count_customers,
        sum(a.net_amount + b.net_amount)::double as net_amount
    from order_items as a
    join order_items as b on b.order_id = a.order_id and b.product_key > a.product_key
    group by a.product_key, b.product_key
    having count(*) >= $min_orders
),

final as (
    select
        p.name_a,
        p.name_b,
        p.count_orders,
        p.count_customers,
        p.net_amount,
        p.count_orders * o.n / (ia.count_orders * ib.count_orders) as lift
    from pairs as p
    cross join order_count as o
    join item_orders as ia on ia.product_key = p.key_a
    join item_orders as ib on ib.product_key = p.key_b
    where not exists (
        select 1 from dim_product as x
        where x.product_key not in (p.key_a, p.key_b)
          and contains(lower(x.product_name), lower(p.name_a))
          and contains(lower(x.product_name), lower(p.name_b))
    )
)

select * from final
where lift > 1
order by count_orders desc, net_amount desc, name_a, name_b
limit $limit
