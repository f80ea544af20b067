-- one row per complaint of the customer, in no order: the page puts them newest first (opened_at, then complaint_id; a sort
-- here cost more than the read), shows the first ones on the timeline, lists the open ones at the top and counts them all
-- (the product's name from timeline_names.sql). first_response_at is null where the source does not give it, product_key
-- when the complaint is not about a product. mart_customer_complaint is fct_complaint in customer order: its zonemaps skip
-- every other customer's row groups.
select
    complaint_id,
    opened_at,
    first_response_at,
    resolved_at,
    status,
    category,
    severity,
    hours_to_resolve,
    complaint_text,
    order_id,
    product_key
from mart_customer_complaint
where customer_id = $id
