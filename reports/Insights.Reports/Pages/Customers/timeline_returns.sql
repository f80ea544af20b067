-- one row per return of the customer, newest first, at most $limit; total: how many there are in all.
-- mart_customer_return is fct_return in customer order: its zonemaps skip every other customer's row groups.
select
    returns.return_id,
    returns.returned_at,
    returns.order_id,
    products.product_name,
    returns.quantity,
    returns.refund_amount,
    returns.reason,
    count(*) over () as total
from mart_customer_return as returns
join dim_product as products on products.product_key = returns.product_key
where returns.customer_id = $id
order by returns.returned_at desc, returns.return_id desc
limit $limit
