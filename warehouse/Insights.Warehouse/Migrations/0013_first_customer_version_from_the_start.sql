-- A customer's first version was valid from 1900-01-01, so an order older than that (a mapped file's 1850-01-05) found no
-- version and failed the whole load on fct_order_line.customer_key's not-null constraint. The first version is now valid from
-- 0001-01-01 (Models/dims/dim_customer.sql), and events before Etl:EarliestDate are quarantined; this moves the first versions
-- already in the warehouse (a customer's earliest row, when it starts at the old 1900-01-01) back to the same start.
update dim_customer
set valid_from = timestamp '0001-01-01'
where valid_from = timestamp '1900-01-01'
  and customer_key in (
      select customer_key
      from dim_customer
      qualify row_number() over (partition by customer_id order by valid_from, customer_key) = 1
  );
