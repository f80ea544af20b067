-- one row per customer of mart_customer_search (their '#' || id row carries the customer's columns once), with their segment
-- and last order, in the order the search lists customers within a rank (customer_search.sql: full name, then id): the rows
-- of the in-memory search index (CustomerNameIndex), read once per warehouse state. The '#' words sort together (between
-- '#' and '$'), so the range reads only their row groups.
with customers as (
    select customer_id, full_name, preferred_name, email, region, is_inferred, search_text
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
    rfm.last_ordered_on
from customers
left join mart_customer_rfm as rfm on rfm.customer_id = customers.customer_id
order by customers.full_name, customers.customer_id
