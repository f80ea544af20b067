-- the size of search_index.sql's rows, to allocate the in-memory index once: customers, bytes of their search texts, bytes of
-- their names and e-mails, bytes of their preferred-name texts (UTF-8, as strlen counts)
select
    count(*) as count_customers,
    coalesce(sum(strlen(search_text)), 0)::bigint as search_bytes,
    coalesce(sum(strlen(full_name) + strlen(preferred_name) + coalesce(strlen(email), 0)), 0)::bigint as display_bytes,
    coalesce(sum(strlen(preferred_text)), 0)::bigint as preferred_bytes
from mart_customer_search
where word >= '#' and word < '$'
  and word = '#' || customer_id
