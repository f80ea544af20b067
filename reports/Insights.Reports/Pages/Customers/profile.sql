-- one row per type-2 version of the customer, oldest first (none for an unknown id): the current version is the profile, and
-- the timeline's attribute changes are the differences between consecutive versions (the first is the customer as first
-- known); every row carries the customer's current RFM scores (mart_customer_rfm, by its customer_id index: null columns for a
-- customer without a completed order). One read for both: dim_customer is in customer order, so its zonemaps skip the rest.
select
    customers.customer_id,
    customers.full_name,
    customers.preferred_name,
    customers.email,
    customers.region,
    customers.signup_channel,
    customers.signed_up_at,
    customers.is_inferred,
    rfm.first_ordered_at,
    rfm.last_ordered_on,
    rfm.count_orders,
    rfm.net_amount,
    rfm.recency_days,
    rfm.r_score,
    rfm.f_score,
    rfm.m_score,
    rfm.segment,
    rfm.price_class,
    rfm.as_of_date,
    customers.is_current,
    customers.valid_from
from dim_customer as customers
left join mart_customer_rfm as rfm on rfm.customer_id = customers.customer_id
where customers.customer_id = $id
order by customers.valid_from, customers.customer_key
