-- unique: one row per pair of product names, bought together in at least 10 orders with lift above 1 (the whole table: a
-- few hundred rows, rebuilt whole by every build)
select name_a, name_b, count(*) as copies
from mart_opportunity_pair
group by name_a, name_b
having count(*) > 1 or min(count_orders) < 10 or min(lift) <= 1
