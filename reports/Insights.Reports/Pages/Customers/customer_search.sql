-- one row per customer the search text finds (at most $limit; the caller asks one more than it shows, to know there are more):
-- the customer's id, or a part of their name or e-mail. $text is what was typed (trimmed), normalised as the mart's keys are
-- (strip_accents, lower), so "bjorn" finds "Björn"; $id is the text as a customer id (null when it is not a number).
-- Best first: the id itself, the exact e-mail, a name word starting with the text, then any other match; then by name.
with needle as (
    select strip_accents(lower($text)) as text, lower($text) as email_text
),

matches as (
    select
        search.customer_id,
        search.full_name,
        search.preferred_name,
        search.email,
        search.region,
        search.is_inferred,
        case
            when search.customer_id = $id then 0
            when search.email_key = needle.email_text then 1
            when starts_with(' ' || search.name_key, ' ' || needle.text) or contains(' ' || search.name_key, ' ' || needle.text) then 2
            else 3
        end as match_rank
    from mart_customer_search as search
    cross join needle
    where search.customer_id = $id
       or contains(search.name_key, needle.text)
       or contains(search.email_key, needle.email_text)
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
