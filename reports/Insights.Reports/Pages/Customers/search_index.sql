-- one row per customer of mart_customer_search (their '#' || id row carries the customer's columns once), with their segment
-- and last order, in the order the search lists customers within a rank (customer_search.sql: full name, then id), and their
-- place in the order a masked reader's search lists them (preferred name, then id; from 0): the rows of the in-memory search
-- index (CustomerNameIndex), read once per warehouse state. The '#' words sort together (between
-- '#' and '$'), so the range reads only their row groups.
with customers as (
    select customer_id, full_name, preferred_name, email, region, is_inferred, search_text, preferred_text
    from mart_customer_search
    where word >= '#' and word < '$'
      and word = '#' || customer_id
)

select
    -- ids
    customers.customer_id,
    -- attributes
    customers.full_name,
    customers.preferred_name,
    customers.email,
    customers.region,
    customers.is_inferred,
    customers.search_text,
    rfm.segment,
    rfm.last_ordered_on,
    customers.preferred_text,
    row_number() over (order by customers.preferred_name, customers.customer_id) - 1 as preferred_rank
from customers
left join mart_customer_rfm as rfm on rfm.customer_id = customers.customer_id
order by customers.full_name, customers.customer_id
