-- one row per customer the search finds, best first, at most $limit (the caller asks one more than it shows, to know there
-- are more). $prefix is the longest word typed (normalised by normalise.sql) and $prefix_end the first string after every
-- string starting with it: the range reads only the word index's row groups holding that prefix (mart_customer_search is in
-- word order). Every other word typed ($rest, space-separated) must start a word of the same customer. $id_word is the text as a
-- customer id as its index word ('#' || id; null when the text is not a number).
-- Best first: the id itself, then a word typed whole (an exact e-mail, a whole name), then other matches; then by name.
with by_word as (
    select customer_id, full_name, preferred_name, email, region, is_inferred,
           case when word = $prefix then 1 else 2 end as match_rank
    from mart_customer_search
    where word >= $prefix and word < $prefix_end
      and not exists (
          select 1 from unnest(string_split($rest, ' ')) as typed(token)
          where typed.token <> '' and not contains(search_text, ' ' || typed.token)
      )
),

-- the id's own word ('#' || id): an exact lookup in the same sorted index
by_id as (
    select customer_id, full_name, preferred_name, email, region, is_inferred, 0 as match_rank
    from mart_customer_search
    where word = $id_word
),

matches as (
    select customer_id, any_value(full_name) as full_name, any_value(preferred_name) as preferred_name,
           any_value(email) as email, any_value(region) as region, any_value(is_inferred) as is_inferred,
           min(match_rank) as match_rank
    from (select * from by_word union all select * from by_id)
    group by customer_id
),

best as (
    select * from matches
    order by match_rank, full_name, customer_id
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
    rfm.last_ordered_on
from best
left join mart_customer_rfm as rfm on rfm.customer_id = best.customer_id
order by best.match_rank, best.full_name, best.customer_id
