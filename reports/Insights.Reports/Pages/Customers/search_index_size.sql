-- the size of search_index.sql's rows, to allocate the in-memory index once: customers, bytes of their search texts, bytes of
-- their names and e-mails (UTF-8, as strlen counts)
select
    count(*) as count_customers,
    coalesce(sum(strlen(search_text)), 0)::bigint as search_bytes,
    coalesce(sum(strlen(full_name) + strlen(preferred_name) + coalesce(strlen(email), 0)), 0)::bigint as display_bytes
from mart_customer_search
where word >= '#' and word < '$'
  and word = '#' || customer_id
