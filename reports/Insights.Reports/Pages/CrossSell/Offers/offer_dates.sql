-- one row: the first and the last day with a completed order line (the live offers are as of the day after the last one; the
-- backtest's cutoff and horizon must lie between them)
select min(ordered_at)::date as first_purchase_on, max(ordered_at)::date as last_purchase_on
from fct_order_line
where order_status = 'completed'
