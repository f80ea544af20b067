-- baskets.sql for everyone (no RFM segment, no saved segment) over the items that can reach $min_count orders only: the
-- completed order lines of [$from, $to] (null = open) whose item's orders summed per day (basket_day_counts.sql's rule) are at
-- least $min_count, in order id order. An order without such a line is not read: BasketQuery counts it from the orders per
-- day, as an empty basket (BasketBuilder.CountAllOrders). SF10, a year at a support of 0.02: 2.7 M of 9.0 M lines.
with frequent as (
    select i.item_id
    from mart_opportunity_pair_day as d
    join basket_items($level) as i on i.product_key = d.key_a
    where d.key_a = d.key_b
      and ($from::date is null or d.ordered_on >= $from::date) and ($to::date is null or d.ordered_on <= $to::date)
    group by i.item_id
    having sum(d.count_orders) >= $min_count
)

select order_id, item_id
from basket_lines($level, $from, $to, null)
semi join frequent using (item_id)
order by order_id
