-- one row per complaint and word, each counting the word in the complaint's text by complaint_signal_words, with its opening
-- time (checked for the complaints this run rebuilt; a --full run checks all)
with kept as (
    select complaint_id, word, any_value(opened_at) as opened_at, sum(count_words) as count_words, count(*) as copies
    from mart_complaint_signal_word
    where complaint_id in (select complaint_id from batch_fact_complaints)
    group by complaint_id, word
),

expected as (
    select complaint_id, any_value(opened_at) as opened_at, word, count(*) as count_words
    from (
        select complaint_id, opened_at, unnest(complaint_signal_words(complaint_text)) as word
        from fct_complaint
        where complaint_id in (select complaint_id from batch_fact_complaints)
    )
    group by complaint_id, word
)

select coalesce(k.complaint_id, e.complaint_id) as complaint_id, coalesce(k.word, e.word) as word, k.copies
from kept as k
full join expected as e on e.complaint_id = k.complaint_id and e.word = k.word
where k.copies is null or e.word is null or k.copies > 1 or k.count_words <> e.count_words
   or k.opened_at is distinct from e.opened_at
