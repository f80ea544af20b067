-- one row per product category's complaint and return signals of the whole history kept by the load
-- (mart_opportunity_signal: everyone), in complaint_signals.sql's order
select category, count_complaints, count_returns, count_customers, net_amount, complaint_categories, phrases, return_reasons
from mart_opportunity_signal
order by net_amount desc, category
