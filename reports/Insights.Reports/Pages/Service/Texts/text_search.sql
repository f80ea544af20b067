-- one row per complaint holding every term of the search (through the term index mart_complaint_term, never a scan of the
-- texts), newest first, at most $limit, each with the number of all matches. $t1..$t10: the search's index terms, unused
-- ones repeating $t1 (a null in the list would stop DuckDB skipping row groups by their min/max term); $term_count: how
-- many differ; $phrases: the phrases longer than the index's terms (four words or more; three while the index waits for its
-- three-word phrases, migration 0068), normalised, one per line, checked whole.
with hits as (
    select complaint_id
    from mart_complaint_term
    where term in ($t1::varchar, $t2::varchar, $t3::varchar, $t4::varchar, $t5::varchar, $t6::varchar, $t7::varchar, $t8::varchar, $t9::varchar, $t10::varchar)
    group by complaint_id
    having count(*) = $term_count
),

matches as (
    select
        complaints.complaint_id,
        complaints.opened_at,
        complaints.category,
        complaints.severity,
        complaints.status,
        complaints.complaint_text,
        customers.customer_id,
        customers.full_name,
        customers.preferred_name,
        customers.email,
        -- a barrier: DuckDB pushes no filter below a window, so the phrase check below runs on the matches, not on every text
        row_number() over () as match_number
    from hits
    join fct_complaint as complaints on complaints.complaint_id = hits.complaint_id
    join dim_customer as customers on customers.customer_key = complaints.customer_key
    left join mart_customer_rfm as rfm on rfm.customer_id = customers.customer_id
    where ($from::timestamp is null or complaints.opened_at >= $from::timestamp)
      and ($to::timestamp is null or complaints.opened_at < $to::timestamp + interval 1 day)
      and ($region::varchar is null or customers.region = $region::varchar)
      and ($segment::varchar is null or rfm.segment = $segment::varchar)
      and ($segment_id::integer is null or customers.customer_id in (select customer_id from app_segment_member where segment_id = $segment_id::integer))
      and ($category::varchar is null or complaints.category = $category::varchar)
),

-- a long phrase's index terms may sit apart in the text: the whole phrase must stand in its word list, made once per match
-- (and only for the matches: pushed down to the scan of every complaint, the check cost seconds at SF10)
match_words as (
    select
        *,
        case when $phrases <> '' then ' ' || array_to_string(list_filter(regexp_split_to_array(
            strip_accents(lower(coalesce(complaint_text, ''))), '[^\p{L}\p{N}]+'), t -> t <> ''), ' ') || ' ' end as word_list
    from matches
),

phrase_matches as (
    select * exclude (word_list, match_number) from match_words
    where $phrases = '' or list_bool_and(list_transform(string_split($phrases, chr(10)), p -> position(' ' || p || ' ' in word_list) > 0))
),

final as (
    select *, count(*) over () as total_matches
    from phrase_matches
)

select * from final
order by opened_at desc, complaint_id
limit $limit
