-- one row (none for an unknown id): the customer's current version with their current RFM scores (mart_customer_rfm: null
-- columns for a customer without a completed order)
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
    rfm.as_of_date
from dim_customer as customers
left join mart_customer_rfm as rfm on rfm.customer_id = customers.customer_id
where customers.customer_id = $id and customers.is_current
