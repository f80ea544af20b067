-- expression: a control day's days_to_order is the day of the customer's first completed order after its noon (within 365
-- days) less its day: such an order exists, and none comes earlier (checked for the customers of this run's orders and
-- contacts; a --full run's contacts are every contact)
select m.customer_id, m.anchor_on
from mart_contact_control as m
where (m.customer_id in (select customer_id from batch_order_days)
       or m.customer_id in (
            select c.customer_id
            from fct_contact as f
            join dim_customer as c on c.customer_key = f.customer_key
            where f.contact_id in (select contact_id from batch_fact_contacts)))
  and ((m.days_to_order is not null and not exists (
            select 1 from mart_customer_order as o
            where o.customer_id = m.customer_id
              and o.ordered_at > m.anchor_on + interval 12 hour
              and o.ordered_at::date = m.anchor_on + m.days_to_order))
       or exists (
            select 1 from mart_customer_order as o
            where o.customer_id = m.customer_id
              and o.ordered_at > m.anchor_on + interval 12 hour
              and o.ordered_at::date < m.anchor_on + coalesce(m.days_to_order, 366)))
