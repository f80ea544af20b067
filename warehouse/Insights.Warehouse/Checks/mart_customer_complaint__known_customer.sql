-- relationships: every complaint this run rebuilt (a --full run checks all) is fct_complaint's, under the business id of its
-- customer version in dim_customer
select rows.complaint_id, rows.customer_id
from mart_customer_complaint as rows
where rows.complaint_id in (select complaint_id from batch_fact_complaints)
  and not exists (
      select 1
      from fct_complaint as complaints
      join dim_customer as customers on customers.customer_key = complaints.customer_key
      where complaints.complaint_id in (select complaint_id from batch_fact_complaints)   -- scoped: no scan of every fact
        and complaints.complaint_id = rows.complaint_id and customers.customer_id = rows.customer_id)
