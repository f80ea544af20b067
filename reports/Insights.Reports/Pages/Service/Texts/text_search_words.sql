-- text_search.sql's rows for a search without a phrase longer than the index's terms (every word, two- and three-word
-- phrase is in the index, migration 0068: no text is checked): the matches are found and counted without their texts, which
-- are read for the $limit newest alone (reading every match's text, and every customer version's names for the newest, cost
-- half a search of a common word at SF10; the names come with the matches' customer versions, whose scan the join narrows to
-- the matches' keys). $t1..$t10, $term_count: as text_search.sql.
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
        customers.customer_id,
        customers.full_name,
        customers.preferred_name,
        customers.email
    from hits
    join fct_complaint as complaints on complaints.complaint_id = hits.complaint_id
    join dim_customer as customers on customers.customer_key = complaints.customer_key
    where ($from::timestamp is null or complaints.opened_at >= $from::timestamp)
      and ($to::timestamp is null or complaints.opened_at < $to::timestamp + interval 1 day)
      and ($region::varchar is null or customers.region = $region::varchar)
      and ($segment::varchar is null or customers.customer_id in (select customer_id from mart_customer_rfm where segment = $segment::varchar))
      and ($segment_id::integer is null or customers.customer_id in (select customer_id from app_segment_member where segment_id = $segment_id::integer))
      and ($category::varchar is null or complaints.category = $category::varchar)
),

match_count as (
    select count(*) as total_matches from matches
),

newest as (
    select * exclude (opened_at) from matches
    order by opened_at desc, complaint_id
    limit $limit
),

final as (
    select
        complaints.complaint_id,
        complaints.opened_at,
        complaints.category,
        complaints.severity,
        complaints.status,
        complaints.complaint_text,
        newest.customer_id,
        newest.full_name,
        newest.preferred_name,
        newest.email,
        (select total_matches from match_count) as total_matches
    from newest
    join fct_complaint as complaints on complaints.complaint_id = newest.complaint_id
)

select * from final
order by opened_at desc, complaint_id
