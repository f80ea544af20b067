-- unique: one row per category pair (category_a < category_b), of categories dim_product knows (the whole table: a few dozen
-- rows, rebuilt whole by every build)
select rising.category_a, rising.category_b, count(*) as copies
from mart_opportunity_rising as rising
group by rising.category_a, rising.category_b
having count(*) > 1
    or bool_or(rising.category_a >= rising.category_b)
    or bool_or(rising.category_a not in (select category from dim_product))
    or bool_or(rising.category_b not in (select category from dim_product))
