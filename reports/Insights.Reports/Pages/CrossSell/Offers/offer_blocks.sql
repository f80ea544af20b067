-- one row per customer and item ($level) they returned or complained about (a complaint naming a product) in the $days days
-- before $as_of, the offers' as-of day: such an item is not offered. The latest such event and what it was.
with events as (
    select returns.customer_key, returns.product_key, returns.returned_at as happened_at, 'returned' as what
    from fct_return as returns
    union all
    select complaints.customer_key, complaints.product_key, complaints.opened_at, 'complained about'
    from fct_complaint as complaints
    where complaints.product_key is not null
)

select customers.customer_id, items.item_id, max(events.happened_at)::date as happened_on, arg_max(events.what, events.happened_at) as what
from events
join dim_customer as customers on customers.customer_key = events.customer_key
join basket_items($level) as items on items.product_key = events.product_key
where events.happened_at < $as_of::date
  and events.happened_at >= $as_of::date - $days::integer
group by customers.customer_id, items.item_id
order by customers.customer_id, items.item_id
