-- unique: one row per customer, month, channel, direction and region (checked for this run's customers: those of its
-- contacts, its orders and its landed versions; a --full run checks all)
select customer_id, month_start, channel_key, direction, region, count(*) as copies
from mart_contact_month
where customer_id in (
    select customer_id from stg_contacts where contact_id in (select contact_id from batch_fact_contacts)
    union select customer_id from batch_order_days
    union select customer_id from batch_customers)
group by customer_id, month_start, channel_key, direction, region
having count(*) > 1
