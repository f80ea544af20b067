-- one row per return of the customer, in no order: the page puts them newest first (returned_at, then return_id; a sort
-- here cost more than the read), shows the first ones and counts them all (the product's name from timeline_names.sql).
-- mart_customer_return is fct_return in customer order: its zonemaps skip every other customer's row groups.
select
    return_id,
    returned_at,
    order_id,
    product_key,
    quantity,
    refund_amount,
    reason
from mart_customer_return
where customer_id = $id
