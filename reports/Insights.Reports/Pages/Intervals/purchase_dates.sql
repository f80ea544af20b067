-- one row: the first and the last day with a completed purchase (the defaults of the calibration and hold-out ends)
select
    min(ordered_at)::date as first_purchase_on,
    max(ordered_at)::date as last_purchase_on
from fct_order_line
where order_status = 'completed';
