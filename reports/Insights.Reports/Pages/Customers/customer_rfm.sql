-- at most one row: the customer's current RFM scores (none: no completed order). mart_customer_rfm is in no useful order:
-- its customer_id index (migration 0028) finds the row; a join to dim_customer cost more than this read.
select
    first_ordered_at,
    last_ordered_on,
    count_orders,
    net_amount,
    recency_days,
    r_score,
    f_score,
    m_score,
    segment,
    price_class,
    as_of_date
from mart_customer_rfm
where customer_id = $id
