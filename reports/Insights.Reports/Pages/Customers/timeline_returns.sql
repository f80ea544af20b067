-- one row per return of the customer, newest first, at most $limit; total: how many there are in all
select
    returns.return_id,
    returns.returned_at,
    returns.order_id,
    products.product_name,
    returns.quantity,
    returns.refund_amount,
    returns.reason,
    count(*) over () as total
from fct_return as returns
join dim_product as products on products.product_key = returns.product_key
where returns.customer_key in (select customer_key from dim_customer where customer_id = $id)
order by returns.returned_at desc, returns.return_id desc
limit $limit
