-- unique: one document per customer (checked for the customers this run touched: a customer version landed, or an order,
-- contact or complaint of theirs rebuilt; a --full run checks all)
select customer_id, count(*) as copies
from mart_customer_profile
where customer_id in (
    select customer_id from batch_customers
    union
    select customer_id from stg_orders where order_id in (select order_id from batch_fact_orders)
    union
    select customer_id from stg_contacts where contact_id in (select contact_id from batch_fact_contacts)
    union
    select customer_id from stg_complaints where complaint_id in (select complaint_id from batch_fact_complaints)
)
group by customer_id
having count(*) > 1
