-- The customer search (/customers, issue 18): a word index of the customers' current names and e-mails, kept by
-- Models/marts/mart_customer_search.sql after each load. A search reads the rows whose word starts with what was typed: the
-- table is written in word order, so DuckDB's per-row-group min/max (zonemaps) skip all but the few row groups holding that
-- prefix, and a search at a million customers reads a few thousand rows instead of scanning every name (measured: docs/reports/customers.md).
-- Left empty here: its model fills it (migration 0044 names it pending where the warehouse already held rows; this file
-- once repeated the model's statement, see SupersededMigrations.cs).

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
