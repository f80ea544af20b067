-- the completed orders of [$from, $to] (null = open), for everyone, summed from the load's orders per day (the row without an
-- item: mart_opportunity_pair_day's rows without keys, one per day), and per item id of level $level (basket_items, migration
-- 0014) the orders per day of its products (the rows with key_a = key_b) summed: the orders holding the item, or more when
-- several product versions are one item and an order holds two of them. BasketQuery takes the number of orders for the
-- rules' support threshold; an item whose sum stays below it can be in no frequent itemset, so its lines need not be read
-- (basket_frequent_lines.sql). The same days as baskets.sql's lines: an order's day is its time's date.
select i.item_id, sum(d.count_orders)::bigint as count_orders
from mart_opportunity_pair_day as d
left join basket_items($level) as i on i.product_key = d.key_a
where (d.key_a = d.key_b or d.key_a is null)
  and ($from::date is null or d.ordered_on >= $from::date) and ($to::date is null or d.ordered_on <= $to::date)
group by i.item_id
order by i.item_id nulls first
