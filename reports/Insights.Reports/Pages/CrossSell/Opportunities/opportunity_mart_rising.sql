-- one row per rising category pair of the whole history kept by the load (mart_opportunity_rising: everyone) with at least
-- $min_orders orders in the later half, in rising_pairs.sql's order
select category_a, category_b, count_early, count_late, share_early, share_late, growth, count_customers, net_amount
from mart_opportunity_rising
where count_late >= $min_orders
order by growth desc nulls first, count_late desc, category_a, category_b
limit $limit
