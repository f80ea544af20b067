-- one row per customer and item ($level) bought in the backtest's horizon [$cutoff, $cutoff + $horizon days): the outcome the
-- offers made from the data before $cutoff are measured against, with the net amount spent on the item in the horizon
select customers.customer_id, items.item_id, sum(lines.net_amount)::double as net_amount
from fct_order_line as lines
join dim_customer as customers on customers.customer_key = lines.customer_key
join basket_items($level) as items on items.product_key = lines.product_key
where lines.order_status = 'completed'
  and lines.ordered_at >= $cutoff::date
  and lines.ordered_at < $cutoff::date + $horizon::integer
group by customers.customer_id, items.item_id
order by customers.customer_id, items.item_id
