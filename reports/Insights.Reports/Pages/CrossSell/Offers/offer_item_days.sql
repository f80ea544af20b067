-- Run once per slice of customers, before offer_customer_items.sql and offer_item_gap_counts.sql, which read this temp table.
-- offer_item_days: one row per customer (business id) in [$first_customer_id, $end_customer_id) (null = open), basket item
-- ($level) and day the customer bought it: completed order lines ordered before $as_of (null: every line) and in [$from, $to]
-- (null = open), with the day's net amount of the item and the days since the customer's previous purchase day of the item
-- (null on the first). Nothing on or after $as_of is read: the backtest's offers are computed from this table alone. A slice at
-- a time because at SF10 the whole table (17 M rows) was most of the after-load step's peak memory; a customer's rows, and so
-- their gaps, all fall in one slice.
create or replace temp table offer_item_days as
with item_days as (
    select
        customers.customer_id,
        items.item_id,
        purchase_on(lines.ordered_at) as purchase_on,
        sum(lines.net_amount) as net_amount   -- decimal: exact, so every read sums to the same double (a parallel double sum may not)
    from fct_order_line as lines
    join dim_customer as customers on customers.customer_key = lines.customer_key
    join basket_items($level) as items on items.product_key = lines.product_key
    where lines.order_status = 'completed'
      and ($as_of::date is null or lines.ordered_at < $as_of::date)
      and in_period(lines.ordered_at, $from, $to)
      and ($first_customer_id::integer is null or customers.customer_id >= $first_customer_id::integer)
      and ($end_customer_id::integer is null or customers.customer_id < $end_customer_id::integer)
    group by all
)

select
    *,
    date_diff('day', lag(purchase_on) over (partition by customer_id, item_id order by purchase_on), purchase_on) as gap_days
from item_days;
