-- one row: the first and the last day with a completed purchase (the defaults of the calibration and hold-out ends)
select
    min(purchase_on) as first_purchase_on,
    max(purchase_on) as last_purchase_on
from mart_customer_purchase_day;
