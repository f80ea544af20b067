-- unique: one row per customer and control day (checked for the customers of this run's contacts and orders)
select m.customer_id, m.anchor_on, count(*) as copies
from mart_contact_control as m
where m.customer_id in (select customer_id from batch_order_days)
   or m.customer_id in (
        select c.customer_id
        from fct_contact as f
        join dim_customer as c on c.customer_key = f.customer_key
        where f.contact_id in (select contact_id from batch_fact_contacts))
group by m.customer_id, m.anchor_on
having count(*) > 1
