-- relationships: every return this run rebuilt (a --full run checks all) is fct_return's, of its product, under the business
-- id of its customer version in dim_customer
select rows.return_id, rows.customer_id
from mart_customer_return as rows
where rows.return_id in (select return_id from batch_fact_returns)
  and not exists (
      select 1
      from fct_return as returns
      join dim_customer as customers on customers.customer_key = returns.customer_key
      where returns.return_id in (select return_id from batch_fact_returns)   -- scoped: no scan of every fact
        and returns.return_id = rows.return_id and returns.product_key = rows.product_key
        and customers.customer_id = rows.customer_id)
