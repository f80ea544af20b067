-- one row per customer (business id) with completed orders in the period: the customer's current RFM segment (null when
-- none) and the distinct products bought, as product keys (item_names.sql names them as products or categories). Keys, not
-- names: at SF10 a list of names per customer (1 M customers, 15 M customer-product pairs) ran out of the 900MB limit.
select
    c.customer_id,
    any_value(r.segment) as segment,
    list(distinct f.product_key) as product_keys
from fct_order_line as f
join dim_customer as c on c.customer_key = f.customer_key
left join mart_customer_rfm as r on r.customer_id = c.customer_id
where f.order_status = 'completed'
  and in_period(f.ordered_at, $from, $to)
group by c.customer_id
order by c.customer_id
