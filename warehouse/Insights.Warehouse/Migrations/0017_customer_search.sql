-- The customer search (/customers, issue 18): a word index of the customers' current names and e-mails, kept by
-- Models/marts/mart_customer_search.sql after each load. A search reads the rows whose word starts with what was typed: the
-- table is written in word order, so DuckDB's per-row-group min/max (zonemaps) skip all but the few row groups holding that
-- prefix, and a search at a million customers reads a few thousand rows instead of scanning every name (measured: docs/reports/customers.md).
-- Filled here once from what the warehouse already holds.

-- one row per customer (business id, current version) and search word: '#' and the id, each word of the full and preferred name, the whole
-- e-mail and its domain, normalised as strip_accents(lower(...)) so "bjorn" finds "Björn"
create table mart_customer_search (
    word            varchar not null,
    customer_id     integer not null,
    full_name       varchar not null,
    preferred_name  varchar not null,
    email           varchar,
    region          varchar not null,
    is_inferred     boolean not null,
    search_text     varchar not null               -- ' ' || every word || ' ': further typed words must start one of them
);

insert into mart_customer_search
with customers as (
    select *, strip_accents(lower(full_name || ' ' || preferred_name)) as name_text, nullif(lower(trim(email)), '') as email_text
    from dim_customer
    where is_current
),

texts as (
    select *, ' ' || name_text || coalesce(' ' || email_text || ' ' || split_part(email_text, '@', -1), '') || ' ' as search_text
    from customers
),

words as (
    -- the id as a word of its own ('#' || id: typed digits never match it by prefix, only as the exact id)
    select unnest(list_distinct(string_split_regex(trim(search_text), '\s+')) || ['#' || customer_id]) as word, *
    from texts
)

select word, customer_id, full_name, preferred_name, email, region, is_inferred, search_text
from words
where word <> ''
order by word;
