-- the day of the latest completed order: how far the warehouse's data reach
select max(ordered_at)::date from mart_customer_order
