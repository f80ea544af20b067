-- The rule the large downloads read their chunks by (SortedChunks, issue 22), written once: a download's order is a value
-- descending with nulls last, then the customer id; a chunk is the rows from its start up to the next chunk's start. A row is
-- at or after a start (value start_value, customer start_customer) when it sorts after the start's value, or has that value
-- (both null included) and a customer id not below the start's. The loyalty customers (customer_list.sql), the intervals
-- customers (intervals_mart_customers.sql) and the win-back list (intervals_mart_overdue.sql) call it for both ends of a chunk.
create or replace macro sorts_at_or_after(sort_value, customer_id, start_value, start_customer) as
    case when start_value is null then sort_value is null and customer_id >= start_customer
         else sort_value is null or sort_value < start_value
             or (sort_value = start_value and customer_id >= start_customer) end;
