-- unbundled_pairs.sql for everyone (no saved segment) read from the load's pairs per day (migration 0070): the same rows, in
-- the same order. The orders, net, the orders holding each product and the orders in all are sums of
-- the load's rows of the period [$from, $to] (null = open): its whole months from mart_opportunity_pair_month once built
-- ($by_month, migration 0073), its other days from mart_opportunity_pair_day; the customers are counted for the $limit pairs
-- listed only, from mart_opportunity_pair_customer_day (sorted by pair: a few pairs' rows are read, not the table)
-- each aggregation reads the table itself: a CTE read three times would be materialised whole
with pairs as (
    select key_a, key_b, sum(count_orders)::bigint as count_orders, 0::bigint as count_customers, sum(net_amount)::double as net_amount
    from opportunity_pair_rows($from, $to, $by_month)
    where key_a < key_b
    group by key_a, key_b
    having sum(count_orders) >= $min_orders
),

item_orders as (
    select key_a as product_key, sum(count_orders)::bigint as count_orders
    from opportunity_pair_rows($from, $to, $by_month)
    where key_a = key_b
    group by key_a
),

order_count as (
    select coalesce(sum(count_orders), 0)::bigint as n
    from opportunity_pair_rows($from, $to, $by_month)
    where key_a is null
),

-- lift above 1 and no bundle covering the pair: the rule unbundled_pairs.sql and the load apply (migration 0039, 0070)
listed as (
    select *
    from opportunity_unbundled_pairs(pairs, item_orders, order_count)
    order by count_orders desc, net_amount desc, name_a, name_b
    limit $limit
),

customers as (
    select c.key_a, c.key_b, count(distinct c.customer_id) as count_customers
    from mart_opportunity_pair_customer_day as c
    semi join listed as l on l.key_a = c.key_a and l.key_b = c.key_b
    where ($from::date is null or c.ordered_on >= $from::date) and ($to::date is null or c.ordered_on <= $to::date)
    group by c.key_a, c.key_b
)

select l.name_a, l.name_b, l.count_orders, c.count_customers, l.net_amount, l.lift
from listed as l
join customers as c on c.key_a = l.key_a and c.key_b = l.key_b
order by l.count_orders desc, l.net_amount desc, l.name_a, l.name_b
