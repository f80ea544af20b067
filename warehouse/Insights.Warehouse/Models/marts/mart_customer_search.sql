-- one row per customer (business id, current version) and search word (see migration 0016): the words of the names and the
-- e-mail, normalised as the search normalises what is typed (customer_search.sql), and the preferred-name words apart
-- (preferred_text, migration 0043: all a masked reader's search may match besides the id). A customer's current version changes only
-- when one of their versions lands (batch_customers: a new version, an inferred row filled in place), so those customers'
-- rows are rewritten; customers dim_customer gained without a landed version (inferred members of this run's facts) are
-- added. The rows go in word order: a full build leaves the table sorted, and a day's few customers add a small unsorted tail.
-- inputs: dim_customer, batch_customers
delete from mart_customer_search
where $full or customer_id in (select customer_id from batch_customers);

-- the runner turns insertion order off for its big models; this table's order is what makes a search fast, so it is kept here
set session preserve_insertion_order = true;

insert into mart_customer_search by name
with customers as (
    select *, strip_accents(lower(full_name || ' ' || preferred_name)) as name_text, nullif(lower(trim(email)), '') as email_text
    from dim_customer
    where is_current and customer_id not in (select customer_id from mart_customer_search)
),

texts as (
    select *, ' ' || name_text || coalesce(' ' || email_text || ' ' || split_part(email_text, '@', -1), '') || ' ' as search_text,
           ' ' || regexp_replace(trim(strip_accents(lower(preferred_name))), '\s+', ' ', 'g') || ' ' as preferred_text
    from customers
),

words as (
    -- the id as a word of its own ('#' || id: typed digits never match it by prefix, only as the exact id)
    select unnest(list_distinct(string_split_regex(trim(search_text), '\s+')) || ['#' || customer_id]) as word, *
    from texts
),

final as (
    select
        -- search key
        word,
        -- ids
        customer_id,
        -- attributes
        full_name,
        preferred_name,
        email,
        region,
        is_inferred,
        search_text,
        preferred_text
    from words
    where word <> ''
)

select * from final
order by word;

set session preserve_insertion_order = false;
