-- one row per customer (business id) with completed orders in the period: the customer's current RFM segment (null when none)
-- and the distinct items bought (product names or categories, $level)
select
    c.customer_id,
    any_value(r.segment) as segment,
    list(distinct case when $level = 'category' then p.category else p.product_name end) as items
from fct_order_line as f
join dim_product as p on p.product_key = f.product_key
join dim_customer as c on c.customer_key = f.customer_key
left join mart_customer_rfm as r on r.customer_id = c.customer_id
where f.order_status = 'completed'
  and ($from::date is null or f.ordered_at >= $from::date)
  and ($to::date is null or f.ordered_at < $to::date + interval 1 day)
group by c.customer_id
order by c.customer_id
