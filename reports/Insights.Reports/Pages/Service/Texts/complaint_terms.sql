-- one row per complaint category and characteristic term (word, or two-word phrase when is_phrase), the $top of each kind
-- by lift: (complaints of the category containing the term / complaints of the category) ÷ (complaints containing it /
-- all complaints), over the complaints of the filter. A term needs $min_count complaints of the category (one odd word does
-- not top the list); stop words ($stop_words, space-separated) are left out, and phrases starting or ending with one.
with complaints as (
    select complaints.complaint_id, complaints.category
    from fct_complaint as complaints
    join dim_customer as customers on customers.customer_key = complaints.customer_key
    left join mart_customer_rfm as rfm on rfm.customer_id = customers.customer_id
    where ($from::timestamp is null or complaints.opened_at >= $from::timestamp)
      and ($to::timestamp is null or complaints.opened_at < $to::timestamp + interval 1 day)
      and ($region::varchar is null or customers.region = $region::varchar)
      and ($segment::varchar is null or rfm.segment = $segment::varchar)
      and ($segment_id::integer is null or customers.customer_id in (select customer_id from app_segment_member where segment_id = $segment_id::integer))
),

stop_words as (
    select unnest(string_split($stop_words, ' ')) as word
),

category_sizes as (
    select category, count(*) as category_complaints, (sum(count(*)) over ())::bigint as all_complaints
    from complaints
    group by category
),

terms as (
    select terms.term, terms.is_phrase, complaints.category
    from mart_complaint_term as terms
    join complaints on complaints.complaint_id = terms.complaint_id
    -- words and two-word phrases (the three-word phrases serve the search alone)
    where terms.word_count <= 2
      and case when terms.is_phrase
               then split_part(terms.term, ' ', 1) not in (select word from stop_words)
                and split_part(terms.term, ' ', 2) not in (select word from stop_words)
               else terms.term not in (select word from stop_words) end
),

per_category as (
    select category, term, is_phrase, count(*) as term_complaints
    from terms
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
