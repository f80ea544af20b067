-- the rows of complaint_terms.sql for a view of whole months without a segment filter, from the load's counts: the
-- complaints per category from mart_complaint_detail (migration 0054), the complaints holding each term per month, region
-- and category from mart_complaint_term_month (0055: 0.58 M rows at SF10, against the 8 M index rows complaint_terms.sql
-- counts per request). $from is a month's first day or null, $to a month's last day or null (ComplaintTermsQuery.SqlFor).
with complaints as (
    select complaint_id, category
    from mart_complaint_detail
    where ($from::timestamp is null or opened_at >= $from::timestamp)
      and ($to::timestamp is null or opened_at < $to::timestamp + interval 1 day)
      and ($region::varchar is null or region = $region::varchar)
),

stop_words as (
    select unnest(string_split($stop_words, ' ')) as word
),

category_sizes as (
    select category, count(*) as category_complaints, (sum(count(*)) over ())::bigint as all_complaints
    from complaints
    group by category
),

per_category as (
    select category, term, is_phrase, sum(count_complaints)::bigint as term_complaints
    from mart_complaint_term_month
    where ($from::date is null or month_start >= $from::date)
      and ($to::date is null or month_start <= $to::date)
      and ($region::varchar is null or region = $region::varchar)
      and case when is_phrase
               then split_part(term, ' ', 1) not in (select word from stop_words)
                and split_part(term, ' ', 2) not in (select word from stop_words)
               else term not in (select word from stop_words) end
    group by category, term, is_phrase
),

overall as (
    select term, sum(term_complaints)::bigint as all_term_complaints
    from per_category
    group by term
),

scored as (
    select
        per_category.category,
        per_category.term,
        per_category.is_phrase,
        per_category.term_complaints,
        sizes.category_complaints,
        overall.all_term_complaints,
        sizes.all_complaints,
        (per_category.term_complaints / sizes.category_complaints)
            / (overall.all_term_complaints / sizes.all_complaints) as lift
    from per_category
    join overall on overall.term = per_category.term
    join category_sizes as sizes on sizes.category = per_category.category
    where per_category.term_complaints >= $min_count
),

final as (
    select *, (row_number() over (partition by category, is_phrase order by lift desc, term_complaints desc, term))::integer as rank
    from scored
    where $category::varchar is null or category = $category::varchar
)

select category, term, is_phrase, term_complaints, category_complaints, all_term_complaints, all_complaints, lift, rank
from final
where rank <= $top
order by category, is_phrase, rank
