-- relationships: every contact this run rebuilt (a --full run checks all) is fct_contact's, under the business id of its
-- customer version in dim_customer
select rows.contact_id, rows.customer_id
from mart_customer_contact as rows
where rows.contact_id in (select contact_id from batch_fact_contacts)
  and not exists (
      select 1
      from fct_contact as contacts
      join dim_customer as customers on customers.customer_key = contacts.customer_key
      where contacts.contact_id in (select contact_id from batch_fact_contacts)   -- scoped: no scan of every fact
        and contacts.contact_id = rows.contact_id and customers.customer_id = rows.customer_id)
