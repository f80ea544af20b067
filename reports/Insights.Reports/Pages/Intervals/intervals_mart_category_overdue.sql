-- the category section's first $limit customers overdue in a category as the after-load scores step kept them
-- (mart_customer_category_overdue, migration 0042): category_overdue.sql's columns, in its order
select customer_id, category, count_purchase_days, median_cycle_days, days_since_last, overdue_ratio, last_purchase_on
from mart_customer_category_overdue
order by overdue_ratio desc, customer_id, category
limit $limit
