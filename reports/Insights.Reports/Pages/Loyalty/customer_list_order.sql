-- the end of customer_list.sql: biggest spender first, at most $limit (null: every row), then each one's name and contact
    order by customers.net_amount desc, customers.customer_id
    limit $limit::integer
)

select
    listed.customer_id,
    current_customers.full_name,
    current_customers.preferred_name,       -- how the customer wants to be greeted: the campaign's salutation
    current_customers.email,
    current_customers.region,
    listed.segment,
    listed.r_score,
    listed.f_score,
    listed.m_score,
    listed.recency_days,
    listed.count_orders,
    listed.net_amount,
    listed.full_price_share::double as full_price_share,
    listed.first_ordered_at::date as first_ordered_on,
    listed.last_ordered_on
from listed
join current_customers on current_customers.customer_id = listed.customer_id
order by listed.net_amount desc, listed.customer_id
