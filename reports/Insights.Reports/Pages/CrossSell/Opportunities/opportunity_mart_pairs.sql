-- one row per unbundled pair of the whole history kept by the load (mart_opportunity_pair: everyone, at least 10 orders,
-- lift above 1, no bundle) with at least $min_orders orders, in unbundled_pairs.sql's order
select name_a, name_b, count_orders, count_customers, net_amount, lift
from mart_opportunity_pair
where count_orders >= $min_orders
order by count_orders desc, net_amount desc, name_a, name_b
limit $limit
