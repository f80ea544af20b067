-- one row per customer the search finds, best first, at most $limit (the caller asks one more than it shows, to know there
-- are more). $prefix is the longest word typed (normalised by normalise.sql) and $prefix_end the first string after every
-- string starting with it: the range reads only the word index's row groups holding that prefix (mart_customer_search is in
-- word order). Every other word typed ($rest, space-separated) must start a word of the same customer. $id_word is the text as a
-- customer id as its index word ('#' || id; null when the text is not a number).
-- $masked (the reader sees personal data masked: PersonalDataView.Masked): only the id and the preferred-name words
-- (preferred_text) match, and the order is by preferred name, so neither a full-name word, nor an e-mail, nor the order of
-- the full names tells the reader what the masking hides.
-- Best first: the id itself, then a word typed whole (an exact e-mail, a whole name), then other matches; then by name
-- (full name, or preferred name when $masked), then id.
with by_word as (
    select customer_id, full_name, preferred_name, email, region, is_inferred,
           case when word = $prefix then 1 else 2 end as match_rank
    from mart_customer_search
    where word >= $prefix and word < $prefix_end
      and (not $masked or contains(preferred_text, ' ' || word || ' '))
      and ($rest = '' or list_bool_and(list_transform(string_split($rest, ' '),
               typed -> contains(case when $masked then preferred_text else search_text end, ' ' || typed))))
),

-- the id's own word ('#' || id): an exact lookup in the same sorted index
by_id as (
    select customer_id, full_name, preferred_name, email, region, is_inferred, 0 as match_rank
    from mart_customer_search
    where word = $id_word
),

-- The best $rows matching rows (null: all). A customer's first row in this order is their best, so the customers of these
-- rows, in order of their first row, are the first customers of the whole ranking: when there are $limit of them, they are
-- the answer, found with a top-N over the rows instead of grouping every match by customer (a two-letter prefix matches
-- ~150 k rows at SF10, a whole first name ~40 k, "ex" every customer's e-mail domain). The caller ranks all rows when fewer
-- came out and the cap was reached (rows_ranked = $rows). Further words typed: `$rest = '' or` spares the rows the list
-- work when there are none (a correlated "not exists" over the words cost two thirds of a search).
top_rows as materialized (
    select * from (select * from by_word union all select * from by_id)
    order by match_rank, case when $masked then preferred_name else full_name end, customer_id
    limit $rows
),

best as (
    select customer_id, any_value(full_name) as full_name, any_value(preferred_name) as preferred_name,
           any_value(email) as email, any_value(region) as region, any_value(is_inferred) as is_inferred,
           min(match_rank) as match_rank
    from top_rows
    group by customer_id
    order by match_rank, case when $masked then any_value(preferred_name) else any_value(full_name) end, customer_id
    limit $limit
)

select
    best.customer_id,
    best.preferred_name,
    best.full_name,
    best.email,
    best.region,
    best.is_inferred,
    rfm.segment,
    rfm.last_ordered_on,
    (select count(*) from top_rows) as rows_ranked
from best
left join mart_customer_rfm as rfm on rfm.customer_id = best.customer_id
order by best.match_rank, case when $masked then best.preferred_name else best.full_name end, best.customer_id
