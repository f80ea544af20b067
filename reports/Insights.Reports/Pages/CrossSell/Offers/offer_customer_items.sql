-- one row per customer and item they bought (after offer_item_days.sql), in customer order: the purchase days of the item, the
-- last of them, the customer's own median gap between them (null with a single day) and the net amount spent on the item
select
    customer_id,
    item_id,
    count(*) as count_purchase_days,
    max(purchase_on) as last_purchase_on,
    median(gap_days)::double as median_gap_days,
    sum(net_amount)::double as net_amount
from offer_item_days
group by customer_id, item_id
order by customer_id, item_id
