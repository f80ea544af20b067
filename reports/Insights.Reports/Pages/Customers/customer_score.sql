-- at most one row: the customer's model figures and rhythm from the latest fit (none: no purchase on or before its as-of date).
-- mart_customer_score is in customer order (the scores step writes it so): its zonemaps skip every other customer's row groups.
select
    count_purchase_days,
    last_purchase_on,
    p_alive,
    expected_purchases_90d,
    expected_average_amount,
    clv_amount,
    mean_gap_days,
    median_gap_days,
    days_since_last,
    overdue_ratio,
    is_overdue
from mart_customer_score
where customer_id = $id
