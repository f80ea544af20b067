-- unique: one row per product category of dim_product (the whole table: a few rows, rebuilt whole by every build)
select signals.category, count(*) as copies
from mart_opportunity_signal as signals
group by signals.category
having count(*) > 1 or bool_or(signals.category not in (select category from dim_product))
